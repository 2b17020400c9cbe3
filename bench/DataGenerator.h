#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace baza::bench {

// A contact as the search index sees it, with the parts a user would type kept apart.
struct GeneratedContact
{
    QString id;
    QString first;
    QString middle;
    QString last;
    QString company;
    QString city;
    QString email;
    QString phone;
    QStringList tags;

    QString displayName() const;
    QString otherText() const; // email, company, city and tags, as the store indexes them
};

// Deterministic, realistic-looking multilingual contacts (Polish, Russian, English, German)
// for benchmarks: the same seed gives the same sequence on every platform (own PRNG, no
// std::distribution). Name frequencies are skewed the way real ones are.
class DataGenerator
{
public:
    explicit DataGenerator(std::uint64_t seed)
        : m_state(seed)
    {}

    GeneratedContact next();

    // Queries as a user types them: every prefix of 1–8 characters of names, cities, emails,
    // phones and companies of contacts from the same distribution, letter by letter.
    QStringList typedPrefixes(int count);

    std::uint64_t random();
    int uniform(int n);
    int skewed(int n); // small indexes much more often, like real name frequencies

private:
    std::uint64_t m_state;
};

} // namespace baza::bench
