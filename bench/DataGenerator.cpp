#include "DataGenerator.h"

#include "NamePools.h"

namespace baza::bench {

namespace {

template <typename Pool> QString pickFrom(DataGenerator& g, const Pool& pool, bool skew = true)
{
    const int n = int(std::size(pool));
    return QString::fromUtf8(pool[skew ? g.skewed(n) : g.uniform(n)]);
}

QString digits(DataGenerator& g, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + g.uniform(10)));
    return out;
}

QString uuidLike(DataGenerator& g, std::uint64_t serial)
{
    const std::uint64_t r = g.random();
    return QStringLiteral("%1-%2-7%3-8%4-%5")
        .arg(serial >> 16 & 0xffffffffu, 8, 16, QLatin1Char('0'))
        .arg(serial & 0xffffu, 4, 16, QLatin1Char('0'))
        .arg(r & 0xfffu, 3, 16, QLatin1Char('0'))
        .arg(r >> 12 & 0xfffu, 3, 16, QLatin1Char('0'))
        .arg(r >> 24 & 0xffffffffffffu, 12, 16, QLatin1Char('0'));
}

QString phoneFor(DataGenerator& g, Nation nation)
{
    switch (nation) {
    case Nation::Polish:
        if (g.uniform(3) == 0)
            return QStringLiteral("+48") + QChar(u'5' + g.uniform(4)) + digits(g, 8);
        return QStringLiteral("+48 %1%2 %3 %4")
            .arg(QChar(u'5' + g.uniform(4)))
            .arg(digits(g, 2), digits(g, 3), digits(g, 3));
    case Nation::Russian:
        return QStringLiteral("+7 (9%1) %2-%3-%4")
            .arg(digits(g, 2), digits(g, 3), digits(g, 2), digits(g, 2));
    case Nation::English:
        return QStringLiteral("+44 7%1 %2").arg(digits(g, 3), digits(g, 6));
    case Nation::German:
        return QStringLiteral("+49 15%1 %2").arg(digits(g, 1), digits(g, 8));
    }
    return {};
}

} // namespace

QString GeneratedContact::displayName() const
{
    if (middle.isEmpty())
        return first + QLatin1Char(' ') + last;
    return first + QLatin1Char(' ') + middle + QLatin1Char(' ') + last;
}

QString GeneratedContact::otherText() const
{
    return email + QLatin1Char(' ') + company + QLatin1Char(' ') + city + QLatin1Char(' ') +
           tags.join(QLatin1Char(' '));
}

std::uint64_t DataGenerator::random()
{
    // splitmix64
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

int DataGenerator::uniform(int n)
{
    return int(random() % std::uint64_t(n));
}

int DataGenerator::skewed(int n)
{
    const double u = double(random() >> 11) / double(1ull << 53);
    return int(double(n) * u * u);
}

GeneratedContact DataGenerator::next()
{
    static std::uint64_t serial = 0x018f000000000000ull;
    GeneratedContact c;
    c.id = uuidLike(*this, ++serial);
    const int roll = uniform(100);
    const Nation nation = roll < 40   ? Nation::Polish
                          : roll < 65 ? Nation::Russian
                          : roll < 85 ? Nation::English
                                      : Nation::German;
    const bool female = uniform(2) == 0;
    const NationPools& p = pools(nation);
    c.first = pickFrom(*this, female ? p.femaleFirst : p.maleFirst);
    c.last = pickFrom(*this, p.last);
    if (female && p.feminize)
        c.last = p.feminize(c.last);
    if (nation == Nation::Russian && uniform(10) < 6)
        c.middle = pickFrom(*this, female ? p.femaleMiddle : p.maleMiddle);
    else if (nation != Nation::Russian && uniform(10) == 0)
        c.middle = pickFrom(*this, female ? p.femaleFirst : p.maleFirst);
    c.city = pickFrom(*this, p.cities);
    c.company = companyName(*this, nation);
    const QString user = latinize(c.first) + QLatin1Char('.') + latinize(c.last) +
                         (uniform(3) == 0 ? QString::number(uniform(100)) : QString());
    c.email = user + QLatin1Char('@') + pickFrom(*this, p.mailDomains);
    c.phone = phoneFor(*this, nation);
    for (int i = uniform(3); i > 0; --i)
        c.tags.append(pickFrom(*this, p.tags, false));
    return c;
}

QStringList DataGenerator::typedPrefixes(int count)
{
    QStringList out;
    while (out.size() < count) {
        const GeneratedContact c = next();
        QString source;
        const int roll = uniform(100);
        if (roll < 20)
            source = c.last;
        else if (roll < 35)
            source = c.first;
        else if (roll < 50)
            source = c.first + QLatin1Char(' ') + c.last;
        else if (roll < 65)
            source = c.city;
        else if (roll < 80)
            source = c.email;
        else if (roll < 92)
            source = c.phone.startsWith(QLatin1String("+48 ")) ? c.phone.mid(4) : c.phone;
        else
            source = c.company;
        if (uniform(2) == 0)
            source = source.toLower(); // people rarely bother with capitals
        for (int len = 1; len <= 8 && len <= source.size() && out.size() < count; ++len)
            out.append(source.left(len));
    }
    return out;
}

} // namespace baza::bench
