#include "NamePools.h"

#include "DataGenerator.h"

#include "core/search/TextFolding.h"

namespace baza::bench {

namespace {

const char* const PlMale[] = {
    "Jan",      "Piotr",      "Krzysztof", "Andrzej",    "Tomasz", "Paweł",     "Michał",
    "Marcin",   "Łukasz",     "Grzegorz",  "Wojciech",   "Józef",  "Zbigniew",  "Jerzy",
    "Mateusz",  "Kamil",      "Jakub",     "Maciej",     "Marek",  "Stanisław", "Rafał",
    "Dariusz",  "Adam",       "Sławomir",  "Przemysław", "Robert", "Szymon",    "Bartłomiej",
    "Zdzisław", "Mieczysław", "Bożydar",   "Ignacy"};
const char* const PlFemale[] = {"Anna",     "Maria",      "Katarzyna", "Małgorzata", "Agnieszka",
                                "Barbara",  "Ewa",        "Krystyna",  "Elżbieta",   "Zofia",
                                "Joanna",   "Magdalena",  "Monika",    "Danuta",     "Irena",
                                "Jadwiga",  "Beata",      "Żaneta",    "Grażyna",    "Halina",
                                "Teresa",   "Aleksandra", "Natalia",   "Julia",      "Zuzanna",
                                "Wiesława", "Bożena",     "Urszula",   "Łucja",      "Jolanta"};
const char* const PlLast[] = {"Nowak",     "Kowalski",   "Wiśniewski",    "Wójcik",
                              "Kowalczyk", "Kamiński",   "Lewandowski",   "Zieliński",
                              "Szymański", "Woźniak",    "Dąbrowski",     "Kozłowski",
                              "Jankowski", "Mazur",      "Wojciechowski", "Kwiatkowski",
                              "Krawczyk",  "Kaczmarek",  "Piotrowski",    "Grabowski",
                              "Zając",     "Pawłowski",  "Michalski",     "Król",
                              "Wieczorek", "Jabłoński",  "Wróbel",        "Nowakowski",
                              "Majewski",  "Olszewski",  "Stępień",       "Malinowski",
                              "Jaworski",  "Adamczyk",   "Dudek",         "Nowicki",
                              "Pawlak",    "Górski",     "Witkowski",     "Walczak",
                              "Sikora",    "Baran",      "Rutkowski",     "Michalak",
                              "Szewczyk",  "Ostrowski",  "Tomaszewski",   "Pietrzak",
                              "Zalewski",  "Wróblewski", "Żak",           "Łuczak",
                              "Głowacki",  "Sołtys",     "Ślusarczyk",    "Brzęczyszczykiewicz",
                              "Chrząszcz", "Źdźbło"};
const char* const PlCities[] = {
    "Warszawa",    "Kraków",    "Łódź",          "Wrocław",      "Poznań",     "Gdańsk",
    "Szczecin",    "Bydgoszcz", "Lublin",        "Białystok",    "Katowice",   "Gdynia",
    "Częstochowa", "Radom",     "Toruń",         "Kielce",       "Rzeszów",    "Gliwice",
    "Zabrze",      "Olsztyn",   "Bielsko-Biała", "Zielona Góra", "Świnoujście"};
const char* const PlMail[] = {"gmail.com",  "wp.pl",        "onet.pl",    "o2.pl",
                              "interia.pl", "firma.com.pl", "outlook.com"};
const char* const PlTags[] = {"vip", "klient", "partner",  "newsletter", "targi2024",
                              "b2b", "hurt",   "dostawca", "lead"};

const char* const RuMale[] = {"Александр", "Сергей", "Дмитрий",  "Андрей", "Алексей",    "Максим",
                              "Евгений",   "Иван",   "Михаил",   "Артём",  "Никита",     "Владимир",
                              "Николай",   "Павел",  "Фёдор",    "Семён",  "Пётр",       "Юрий",
                              "Олег",      "Виктор", "Григорий", "Илья",   "Константин", "Матвей"};
const char* const RuFemale[] = {"Анна",   "Мария",    "Елена",     "Ольга",  "Наталья", "Татьяна",
                                "Ирина",  "Светлана", "Екатерина", "Юлия",   "Дарья",   "Алёна",
                                "Ксения", "Людмила",  "Галина",    "Полина", "Вера",    "Софья"};
const char* const RuMaleMiddle[] = {"Александрович", "Сергеевич", "Дмитриевич", "Андреевич",
                                    "Алексеевич",    "Иванович",  "Михайлович", "Владимирович",
                                    "Николаевич",    "Павлович",  "Фёдорович",  "Семёнович",
                                    "Петрович",      "Юрьевич",   "Олегович",   "Викторович"};
const char* const RuFemaleMiddle[] = {"Александровна", "Сергеевна", "Дмитриевна", "Андреевна",
                                      "Алексеевна",    "Ивановна",  "Михайловна", "Владимировна",
                                      "Николаевна",    "Павловна",  "Фёдоровна",  "Семёновна",
                                      "Петровна",      "Юрьевна",   "Олеговна",   "Викторовна"};
const char* const RuLast[] = {
    "Иванов",  "Смирнов", "Кузнецов", "Попов",    "Васильев", "Петров",    "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов",  "Волков",   "Алексеев", "Лебедев",   "Семёнов", "Егоров",
    "Павлов",  "Козлов",  "Степанов", "Николаев", "Орлов",    "Андреев",   "Макаров", "Никитин",
    "Захаров", "Зайцев",  "Соловьёв", "Борисов",  "Яковлев",  "Григорьев", "Королёв", "Ершов"};
const char* const RuCities[] = {
    "Москва",    "Санкт-Петербург", "Новосибирск", "Екатеринбург",   "Казань", "Нижний Новгород",
    "Челябинск", "Самара",          "Омск",        "Ростов-на-Дону", "Уфа",    "Красноярск",
    "Пермь",     "Воронеж",         "Волгоград",   "Йошкар-Ола",     "Орёл"};
const char* const RuMail[] = {"yandex.ru", "mail.ru", "gmail.com", "rambler.ru", "bk.ru"};
const char* const RuTags[] = {"клиент", "поставщик", "vip", "партнёр", "рассылка", "b2b"};

const char* const EnMale[] = {"James",   "John",   "Robert", "Michael", "William", "David",
                              "Richard", "Joseph", "Thomas", "Charles", "Oliver",  "Harry",
                              "George",  "Jack",   "Noah",   "Arthur",  "Leo",     "Oscar"};
const char* const EnFemale[] = {"Mary",  "Patricia", "Jennifer", "Linda",  "Elizabeth", "Sarah",
                                "Emily", "Olivia",   "Amelia",   "Sophie", "Isla",      "Ava",
                                "Grace", "Chloe",    "Zoë",      "Renée"};
const char* const EnLast[] = {"Smith",  "Johnson",  "Williams", "Brown",  "Jones",   "Taylor",
                              "Davies", "Evans",    "Wilson",   "Thomas", "Roberts", "Walker",
                              "Wright", "Thompson", "White",    "Hughes", "Edwards", "Green",
                              "Hall",   "Wood",     "Harris",   "Clarke", "O'Brien", "Murphy",
                              "Patel",  "Khan",     "Lewis",    "Jackson"};
const char* const EnCities[] = {"London",
                                "Manchester",
                                "Birmingham",
                                "Leeds",
                                "Glasgow",
                                "Liverpool",
                                "Bristol",
                                "Sheffield",
                                "Edinburgh",
                                "Cardiff",
                                "Newcastle upon Tyne",
                                "Belfast"};
const char* const EnMail[] = {"gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com",
                              "hotmail.co.uk"};
const char* const EnTags[] = {"vip", "customer", "supplier", "newsletter", "prospect", "b2b"};

const char* const DeMale[] = {"Lukas",  "Leon",     "Maximilian", "Felix",  "Jonas", "Paul",
                              "Jürgen", "Günter",   "Klaus",      "Stefan", "Uwe",   "Jörg",
                              "Dieter", "Wolfgang", "Thomas",     "Michael"};
const char* const DeFemale[] = {"Anna",   "Lea",    "Sophie", "Marie", "Hannah",
                                "Ursula", "Sabine", "Birgit", "Käthe", "Brigitte",
                                "Monika", "Jutta",  "Gudrun"};
const char* const DeLast[] = {
    "Müller",  "Schmidt",    "Schneider", "Fischer",  "Weber",    "Meyer",
    "Wagner",  "Becker",     "Schulz",    "Hoffmann", "Schäfer",  "Koch",
    "Bauer",   "Richter",    "Klein",     "Wolf",     "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun",     "Krüger",   "Hofmann",  "Hartmann",
    "Lange",   "Weiß",       "Groß",      "Köhler",   "Böhm",     "Müller-Lüdenscheidt"};
const char* const DeCities[] = {
    "Berlin",  "Hamburg",  "München", "Köln",   "Frankfurt am Main", "Stuttgart", "Düsseldorf",
    "Leipzig", "Dortmund", "Essen",   "Bremen", "Dresden",           "Nürnberg",  "Görlitz"};
const char* const DeMail[] = {"gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"};
const char* const DeTags[] = {"Kunde", "Lieferant", "vip", "Newsletter", "Messe", "b2b"};

QString polishFeminine(const QString& last)
{
    for (const char* end : {"ski", "cki", "dzki"}) {
        const QLatin1StringView e(end);
        if (last.endsWith(e))
            return last.left(last.size() - 1) + QLatin1Char('a');
    }
    return last;
}

QString russianFeminine(const QString& last)
{
    return last + QString::fromUtf8("а");
}

const char* const PlBrand[] = {"Bud", "Pol", "Trans", "Elek", "Agro", "Inter", "Tech", "Mar",
                               "Dom", "Met", "Stal",  "Drew", "Hurt", "Med",   "Eko",  "Ryb"};
const char* const PlBrandEnd[] = {"ex",  "mar", "pol", "bud", "tech", "trans",
                                  "net", "sys", "med", "gaz", "rol",  "mat"};
const char* const RuBrand[] = {"Ром", "Сиб",   "Урал", "Волга", "Тех", "Строй",
                               "Газ", "Нефть", "Агро", "Торг",  "Мед", "Инвест"};
const char* const RuBrandEnd[] = {"ашка", "ком",   "пром", "снаб", "сервис",
                                  "торг", "строй", "лайн", "маш",  "хим"};
const char* const EnWord[] = {"Northern", "Global", "Bright", "Summit", "Harbour", "Oak",
                              "Crown",    "Atlas",  "Blue",   "Silver", "Royal",   "Pioneer"};
const char* const EnWordEnd[] = {"Logistics", "Systems",  "Foods", "Partners",    "Consulting",
                                 "Electrics", "Holdings", "Media", "Engineering", "Retail"};

const NationPools Pl{PlMale, PlFemale, {}, {}, PlLast, PlCities, PlMail, PlTags, polishFeminine};
const NationPools Ru{RuMale,   RuFemale, RuMaleMiddle, RuFemaleMiddle, RuLast,
                     RuCities, RuMail,   RuTags,       russianFeminine};
const NationPools En{EnMale, EnFemale, {}, {}, EnLast, EnCities, EnMail, EnTags, nullptr};
const NationPools De{DeMale, DeFemale, {}, {}, DeLast, DeCities, DeMail, DeTags, nullptr};

template <typename Pool> QString any(DataGenerator& g, const Pool& pool)
{
    return QString::fromUtf8(pool[g.uniform(int(std::size(pool)))]);
}

} // namespace

const NationPools& pools(Nation nation)
{
    switch (nation) {
    case Nation::Polish:
        return Pl;
    case Nation::Russian:
        return Ru;
    case Nation::English:
        return En;
    case Nation::German:
        return De;
    }
    return Pl;
}

QString companyName(DataGenerator& g, Nation nation)
{
    switch (nation) {
    case Nation::Polish:
        return any(g, PlBrand) + any(g, PlBrandEnd) +
               (g.uniform(2) ? QStringLiteral(" sp. z o.o.") : QStringLiteral(" S.A."));
    case Nation::Russian:
        return QString::fromUtf8("ООО «") + any(g, RuBrand) + any(g, RuBrandEnd) +
               QString::fromUtf8("»");
    case Nation::English:
        return any(g, EnWord) + QLatin1Char(' ') + any(g, EnWordEnd) +
               (g.uniform(2) ? QStringLiteral(" Ltd") : QStringLiteral(" plc"));
    case Nation::German:
        return any(g, DeLast) + QLatin1Char(' ') + any(g, EnWordEnd) + QStringLiteral(" GmbH");
    }
    return {};
}

QString latinize(const QString& name)
{
    static const char* const Cyrillic[] = {
        "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "y",    "k", "l", "m", "n", "o",  "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya"};
    QString out;
    for (QChar c : search::fold(name)) {
        const char16_t u = c.unicode();
        if (u >= u'а' && u <= u'я')
            out.append(QLatin1StringView(Cyrillic[u - u'а']));
        else if (u != u' ')
            out.append(c);
    }
    return out;
}

} // namespace baza::bench
