#pragma once

#include <QString>

#include <span>

namespace baza::bench {

class DataGenerator;

enum class Nation { Polish, Russian, English, German };

// Word lists per nation, most frequent first (the generator picks with a skew).
struct NationPools
{
    std::span<const char* const> maleFirst;
    std::span<const char* const> femaleFirst;
    std::span<const char* const> maleMiddle;
    std::span<const char* const> femaleMiddle;
    std::span<const char* const> last;
    std::span<const char* const> cities;
    std::span<const char* const> mailDomains;
    std::span<const char* const> tags;
    QString (*feminize)(const QString& last) = nullptr;
};

const NationPools& pools(Nation nation);
QString companyName(DataGenerator& g, Nation nation);
// ASCII for email addresses: diacritics folded, Cyrillic transliterated.
QString latinize(const QString& name);

} // namespace baza::bench
