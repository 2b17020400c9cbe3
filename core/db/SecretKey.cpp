#include "core/db/SecretKey.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>

namespace baza::db {

namespace {
constexpr std::size_t TotalBytes = KdfParams::KeyBytes + KdfParams::SaltBytes;

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

SecretKey::SecretKey() = default;

SecretKey::~SecretKey()
{
    if (m_bytes)
        sodium_free(m_bytes);
}

SecretKey::SecretKey(SecretKey&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, nullptr))
{}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept
{
    if (this != &other) {
        if (m_bytes)
            sodium_free(m_bytes);
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

QByteArray SecretKey::randomSalt()
{
    ensureSodium();
    QByteArray salt(int(KdfParams::SaltBytes), Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

Result<SecretKey> SecretKey::derive(QByteArrayView passphraseUtf8, QByteArrayView salt)
{
    if (!ensureSodium())
        return Error::make(
            ErrorCode::Io,
            QCoreApplication::translate("baza::db", "The cryptography library failed to start"));
    if (size_t(salt.size()) != KdfParams::SaltBytes)
        return Error::make(ErrorCode::Usage,
                           QCoreApplication::translate("baza::db", "The salt must be 16 bytes"));
    if (passphraseUtf8.isEmpty())
        return Error::make(ErrorCode::Usage, QCoreApplication::translate(
                                                 "baza::db", "The passphrase must not be empty"));
    SecretKey key;
    key.m_bytes = static_cast<unsigned char*>(sodium_malloc(TotalBytes));
    if (!key.m_bytes)
        return Error::make(ErrorCode::Io, QCoreApplication::translate(
                                              "baza::db", "Out of memory for the database key"));
    std::memcpy(key.m_bytes + KdfParams::KeyBytes, salt.data(), KdfParams::SaltBytes);
    const int rc =
        crypto_pwhash(key.m_bytes, KdfParams::KeyBytes, passphraseUtf8.data(),
                      static_cast<unsigned long long>(passphraseUtf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.data()), KdfParams::OpsLimit,
                      KdfParams::MemLimitBytes, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return Error::make(
            ErrorCode::Io,
            QCoreApplication::translate("baza::db",
                                        "Not enough memory to derive the key (Argon2id, 64 MiB)"));
    return key;
}

QByteArray SecretKey::salt() const
{
    if (!m_bytes)
        return {};
    return QByteArray(reinterpret_cast<const char*>(m_bytes + KdfParams::KeyBytes),
                      int(KdfParams::SaltBytes));
}

SecretKey SecretKey::clone() const
{
    SecretKey copy;
    if (m_bytes) {
        copy.m_bytes = static_cast<unsigned char*>(sodium_malloc(TotalBytes));
        if (copy.m_bytes)
            std::memcpy(copy.m_bytes, m_bytes, TotalBytes);
    }
    return copy;
}

QByteArray SecretKey::exportForKeychain() const
{
    if (!m_bytes)
        return {};
    return QByteArray(reinterpret_cast<const char*>(m_bytes), int(TotalBytes));
}

Result<SecretKey> SecretKey::fromKeychain(QByteArrayView keyAndSalt)
{
    if (size_t(keyAndSalt.size()) != TotalBytes)
        return Error::make(ErrorCode::WrongPassphrase,
                           QCoreApplication::translate(
                               "baza::db", "The key remembered on this computer is damaged"));
    ensureSodium();
    SecretKey key;
    key.m_bytes = static_cast<unsigned char*>(sodium_malloc(TotalBytes));
    if (!key.m_bytes)
        return Error::make(ErrorCode::Io, QCoreApplication::translate(
                                              "baza::db", "Out of memory for the database key"));
    std::memcpy(key.m_bytes, keyAndSalt.data(), TotalBytes);
    return key;
}

QByteArray SecretKey::keyHexForEmergency() const
{
    if (!m_bytes)
        return {};
    return QByteArray(reinterpret_cast<const char*>(m_bytes), int(KdfParams::KeyBytes)).toHex();
}

SecretKey::Literal::Literal(const SecretKey& key, bool withSalt)
{
    if (!key.m_bytes)
        return;
    const size_t n = withSalt ? TotalBytes : KdfParams::KeyBytes;
    // x' + hex + ' + NUL
    m_size = int(3 + 2 * n);
    m_data = static_cast<char*>(sodium_malloc(size_t(m_size) + 1));
    if (!m_data) {
        m_size = 0;
        return;
    }
    m_data[0] = 'x';
    m_data[1] = '\'';
    sodium_bin2hex(m_data + 2, 2 * n + 1, key.m_bytes, n);
    m_data[2 + 2 * n] = '\'';
    m_data[m_size] = '\0';
}

SecretKey::Literal::~Literal()
{
    if (m_data)
        sodium_free(m_data);
}

} // namespace baza::db
