#include "core/demo/DemoData.h"

#include "core/store/Store.h"

#include <QHash>

namespace baza::demo {

using namespace baza::domain;

namespace {

struct Culture
{
    QStringList maleFirst;
    QStringList femaleFirst;
    QStringList lastNames;    // male form
    QStringList femaleLast;   // female form where the language has one (same order)
    QStringList patronymicsM; // Russian only
    QStringList patronymicsF;
    QStringList cities;
    QString countryCode;
    QString phonePrefix;
    QStringList titles;
    QStringList companyWords;
    QStringList companyForms;
};

QStringList L(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromUtf8(i);
    return out;
}

const QList<Culture>& cultures()
{
    static const QList<Culture> all{
        {L({"Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Łukasz",
            "Grzegorz", "Wojciech"}),
         L({"Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena",
            "Joanna", "Zofia"}),
         L({"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
            "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
            "Krawczyk"}),
         L({"Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowska",
            "Zielińska", "Szymańska", "Woźniak", "Dąbrowska", "Kozłowska", "Jankowska", "Mazur",
            "Krawczyk"}),
         {},
         {},
         L({"Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Lublin",
            "Białystok", "Rzeszów"}),
         QStringLiteral("PL"),
         QStringLiteral("+48 5"),
         L({"Dyrektor handlowy", "Kierownik zakupów", "Prezes zarządu", "Księgowa",
            "Specjalista ds. marketingu", "Właściciel"}),
         L({"Budex", "Polmet", "Drewpol", "Agrotech", "Transbud", "Elektrom", "Mleczarnia Łąka",
            "Piekarnia Złoty Kłos", "Hurtownia Żuraw"}),
         L({"sp. z o.o.", "S.A.", "s.c.", "sp.j."})},
        {L({"Иван", "Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Пётр", "Николай", "Артём",
            "Семён"}),
         L({"Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анна", "Мария", "Светлана", "Алёна",
            "Дарья"}),
         L({"Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков",
            "Морозов", "Волков", "Фёдоров", "Семёнов", "Орлов"}),
         L({"Иванова", "Смирнова", "Кузнецова", "Попова", "Соколова", "Лебедева", "Козлова",
            "Новикова", "Морозова", "Волкова", "Фёдорова", "Семёнова", "Орлова"}),
         L({"Иванович", "Петрович", "Сергеевич", "Алексеевич", "Николаевич", "Михайлович"}),
         L({"Ивановна", "Петровна", "Сергеевна", "Алексеевна", "Николаевна", "Михайловна"}),
         L({"Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Нижний Новгород",
            "Самара", "Ростов-на-Дону"}),
         QStringLiteral("RU"), QStringLiteral("+7 9"),
         L({"Генеральный директор", "Коммерческий директор", "Менеджер по закупкам",
            "Главный бухгалтер", "Руководитель отдела продаж"}),
         L({"Техснаб", "Стройресурс", "Агропром", "Север", "Волга", "Уралмаш-Сервис", "Ёлочка",
            "Медтехника"}),
         L({"ООО", "АО", "ИП"})},
        {L({"James", "Oliver", "Harry", "George", "Thomas", "William", "Jack", "Daniel"}),
         L({"Emma", "Olivia", "Amelia", "Sophie", "Charlotte", "Grace", "Emily", "Lucy"}),
         L({"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "O'Brien", "Evans"}),
         {},
         {},
         {},
         L({"London", "Manchester", "Birmingham", "Leeds", "Bristol", "Edinburgh"}),
         QStringLiteral("GB"),
         QStringLiteral("+44 7"),
         L({"Sales Director", "Head of Procurement", "Managing Director", "Office Manager",
            "Marketing Lead"}),
         L({"Northwind", "Blue Harbour", "Greenfield", "Redbrick", "Oakwood", "Silverline"}),
         L({"Ltd", "PLC", "LLP"})},
        {L({"Lukas", "Jonas", "Maximilian", "Felix", "Paul", "Jürgen", "Stefan"}),
         L({"Sophie", "Marie", "Hannah", "Lena", "Jülide", "Sabine", "Birgit"}),
         L({"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schäfer", "Groß"}),
         {},
         {},
         {},
         L({"Berlin", "München", "Köln", "Hamburg", "Düsseldorf", "Nürnberg"}),
         QStringLiteral("DE"),
         QStringLiteral("+49 15"),
         L({"Geschäftsführer", "Einkaufsleiter", "Vertriebsleiterin", "Buchhalterin"}),
         L({"Bäckerei Sonnenschein", "Maschinenbau Nord", "Kühltechnik", "Holzwerk Süd"}),
         L({"GmbH", "AG", "KG"})},
    };
    return all;
}

const QStringList& tagPool()
{
    static const QStringList tags = L({"vip", "newsletter", "partner", "targi 2026", "конференция",
                                       "reseller", "hurt", "опт", "trade fair"});
    return tags;
}

QString emailSafe(const QString& s)
{
    QString t = transliterate(s).toLower();
    QString out;
    for (const QChar c : std::as_const(t).normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    }
    return out;
}

} // namespace

QString transliterate(const QString& text)
{
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const QString from = QString::fromUtf8("абвгдеёжзийклмнопрстуфхцчшщъыьэюя");
        const QStringList to = L({"a",  "b",  "v",  "g",  "d",    "e", "e", "zh", "z", "i",  "y",
                                  "k",  "l",  "m",  "n",  "o",    "p", "r", "s",  "t", "u",  "f",
                                  "kh", "ts", "ch", "sh", "shch", "",  "y", "",   "e", "yu", "ya"});
        for (int i = 0; i < from.size(); ++i)
            t.insert(from.at(i), to.at(i));
        t.insert(QChar(0x0142), QStringLiteral("l")); // ł
        return t;
    }();
    QString out;
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        auto it = table.constFind(lower);
        out += it != table.constEnd() ? *it : QString(c);
    }
    return out;
}

DemoData::DemoData(quint32 seed)
    : m_rng(seed)
{}

QString DemoData::digits(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + pick(10));
    return s;
}

Company DemoData::company()
{
    const Culture& c = cultures().at(pick(int(cultures().size())));
    Company co;
    const QString base = c.companyWords.at(pick(int(c.companyWords.size())));
    const QString form = c.companyForms.at(pick(int(c.companyForms.size())));
    co.name = c.countryCode == QLatin1String("RU") ? QStringLiteral("%1 «%2»").arg(form, base)
                                                   : QStringLiteral("%1 %2").arg(base, form);
    if (pick(3) == 0)
        co.name += QStringLiteral(" %1").arg(++m_serial);
    const QString domainTld =
        c.countryCode == QLatin1String("GB") ? QStringLiteral("co.uk") : c.countryCode.toLower();
    co.domain = emailSafe(base) + QStringLiteral(".") + domainTld;
    co.website = QStringLiteral("https://www.") + co.domain;
    co.address.city = c.cities.at(pick(int(c.cities.size())));
    co.address.country = c.countryCode;
    co.phone =
        c.phonePrefix + digits(2) + QLatin1Char(' ') + digits(3) + QLatin1Char(' ') + digits(3);
    static const QStringList industries =
        L({"Construction", "Retail", "Manufacturing", "Food", "Logistics", "IT", "Healthcare"});
    co.industry = industries.at(pick(int(industries.size())));
    return co;
}

Contact DemoData::contact()
{
    const Culture& c = cultures().at(pick(int(cultures().size())));
    Contact p;
    const bool female = pick(2) == 0;
    const int lastIndex = pick(int(c.lastNames.size()));
    p.firstName = (female ? c.femaleFirst : c.maleFirst).at(pick(int(c.maleFirst.size())));
    p.lastName =
        female && !c.femaleLast.isEmpty() ? c.femaleLast.at(lastIndex) : c.lastNames.at(lastIndex);
    const QStringList& patronymics = female ? c.patronymicsF : c.patronymicsM;
    if (!patronymics.isEmpty())
        p.middleName = patronymics.at(pick(int(patronymics.size())));
    // Some names arrive shouting, as they do from old spreadsheets.
    p.title = c.titles.at(pick(int(c.titles.size())));
    static const QStringList mailHosts = L({"gmail.com", "wp.pl", "onet.pl", "yandex.ru", "mail.ru",
                                            "outlook.com", "gmx.de", "firma.pl"});
    const QString local = emailSafe(p.firstName) + QLatin1Char('.') + emailSafe(p.lastName);
    p.emails.append(
        {QStringLiteral("work"), local + (pick(4) == 0 ? QString::number(++m_serial) : QString()) +
                                     QLatin1Char('@') + mailHosts.at(pick(int(mailHosts.size())))});
    if (pick(5) == 0)
        p.emails.append({QStringLiteral("home"),
                         emailSafe(p.lastName) + digits(3) + QStringLiteral("@gmail.com")});
    // Grouped like people write them at home: "+48 512 345 678", "+7 912 345-67-89".
    QString number;
    if (c.countryCode == QLatin1String("RU"))
        number = c.phonePrefix + digits(2) + QLatin1Char(' ') + digits(3) + QLatin1Char('-') +
                 digits(2) + QLatin1Char('-') + digits(2);
    else
        number =
            c.phonePrefix + digits(2) + QLatin1Char(' ') + digits(3) + QLatin1Char(' ') + digits(3);
    p.phones.append({QStringLiteral("mobile"), number});
    p.address.city = c.cities.at(pick(int(c.cities.size())));
    p.address.country = c.countryCode;
    p.address.postalCode = c.countryCode == QLatin1String("PL")
                               ? digits(2) + QLatin1Char('-') + digits(3)
                               : digits(c.countryCode == QLatin1String("RU") ? 6 : 5);
    static const Lifecycle stages[] = {
        Lifecycle::Subscriber,  Lifecycle::Lead,     Lifecycle::Lead,    Lifecycle::Qualified,
        Lifecycle::Opportunity, Lifecycle::Customer, Lifecycle::Customer};
    p.lifecycle = stages[pick(7)];
    static const QStringList sources =
        L({"website", "referral", "trade fair", "cold call", "import", "LinkedIn"});
    p.source = sources.at(pick(int(sources.size())));
    const int tagCount = pick(3);
    for (int i = 0; i < tagCount; ++i)
        p.tags << tagPool().at(pick(int(tagPool().size())));
    p.tags.removeDuplicates();
    return p;
}

} // namespace baza::demo
