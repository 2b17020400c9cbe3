#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace baza::db {

// Argon2id parameters of format 1. They are fixed: the only plaintext in a Baza file is
// SQLCipher's 16-byte salt, so the reader must know them in advance.
struct KdfParams
{
    static constexpr unsigned long long OpsLimit = 3;
    static constexpr std::size_t MemLimitBytes = 64u * 1024u * 1024u;
    static constexpr std::size_t SaltBytes = 16;
    static constexpr std::size_t KeyBytes = 32;
};

// A 256-bit database key and the salt it was derived with, held in guarded memory
// (sodium_malloc: locked, fenced, zeroed on release). Move-only.
class SecretKey
{
public:
    SecretKey();
    ~SecretKey();
    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;

    // Passphrase → Argon2id(salt) → key. Takes a few hundred milliseconds: call off the UI thread.
    static Result<SecretKey> derive(QByteArrayView passphraseUtf8, QByteArrayView salt);
    static QByteArray randomSalt();

    bool isValid() const { return m_bytes != nullptr; }
    QByteArray salt() const;
    SecretKey clone() const;

    // Writes SQLCipher's raw key literal x'<key hex>[<salt hex>]' into guarded memory owned by the
    // returned buffer.
    class Literal
    {
    public:
        explicit Literal(const SecretKey& key, bool withSalt);
        ~Literal();
        Literal(const Literal&) = delete;
        Literal& operator=(const Literal&) = delete;
        const char* data() const { return m_data; }
        int size() const { return m_size; }

    private:
        char* m_data = nullptr;
        int m_size = 0;
    };

    // The key and its salt as raw bytes (48), and back: only for handing the key to the OS
    // keychain ("remember on this computer"). The caller wipes its copy after use.
    QByteArray exportForKeychain() const;
    static Result<SecretKey> fromKeychain(QByteArrayView keyAndSalt);

    // The key as hex, for the documented emergency path only (baza-cli key).
    QByteArray keyHexForEmergency() const;

private:
    unsigned char* m_bytes = nullptr; // key followed by salt
};

} // namespace baza::db
