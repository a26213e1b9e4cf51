#include "signing/secret.h"

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace mla::core {

namespace {

void wipe(std::vector<char> &bytes)
{
    if (!bytes.empty()) {
        OPENSSL_cleanse(bytes.data(), bytes.size());
    }
    bytes.clear();
}

} // namespace

Secret::~Secret()
{
    wipe(m_bytes);
}

Secret::Secret(const Secret &other) : m_bytes(other.m_bytes) {}

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = other.m_bytes;
    }
    return *this;
}

Secret::Secret(Secret &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

void Secret::clear()
{
    wipe(m_bytes);
}

Secret Secret::fromBytes(const char *data, qsizetype size)
{
    Secret secret;
    if (size > 0) {
        secret.m_bytes.resize(static_cast<size_t>(size) + 1);
        std::memcpy(secret.m_bytes.data(), data, static_cast<size_t>(size));
        secret.m_bytes.back() = '\0';
    }
    return secret;
}

Secret Secret::takeUtf8(QByteArray &utf8)
{
    Secret secret = fromBytes(utf8.constData(), utf8.size());
    if (!utf8.isEmpty()) {
        utf8.detach();
        OPENSSL_cleanse(utf8.data(), static_cast<size_t>(utf8.size()));
    }
    utf8.clear();
    return secret;
}

Secret Secret::fromString(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    return takeUtf8(utf8);
}

Secret Secret::fromEnvironment(const QString &name, bool *found)
{
    const QByteArray key = name.toLocal8Bit();
    const bool isSet = qEnvironmentVariableIsSet(key.constData());
    if (found) {
        *found = isSet;
    }
    if (!isSet) {
        return {};
    }
    QByteArray value = qgetenv(key.constData());
    return takeUtf8(value);
}

Secret Secret::generatePassphrase()
{
    static const char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr size_t kAlphabetSize = sizeof(kAlphabet) - 1;
    constexpr int kGroups = 4;
    constexpr int kGroupLength = 5;
    std::vector<char> text;
    text.reserve(kGroups * (kGroupLength + 1));
    unsigned char random[kGroups * kGroupLength * 2];
    if (RAND_bytes(random, static_cast<int>(sizeof(random))) != 1) {
        return {};
    }
    int r = 0;
    for (int g = 0; g < kGroups; ++g) {
        if (g > 0) {
            text.push_back('-');
        }
        for (int i = 0; i < kGroupLength; ++i) {
            // Two random bytes per character keep the modulo bias negligible.
            const unsigned value = static_cast<unsigned>(random[r] << 8 | random[r + 1]);
            r += 2;
            text.push_back(kAlphabet[value % kAlphabetSize]);
        }
    }
    OPENSSL_cleanse(random, sizeof(random));
    Secret secret = fromBytes(text.data(), static_cast<qsizetype>(text.size()));
    OPENSSL_cleanse(text.data(), text.size());
    return secret;
}

} // namespace mla::core
