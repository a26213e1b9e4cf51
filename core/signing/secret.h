#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace mla::core {

/// A passphrase or other secret held only as long as it is needed.
///
/// The bytes live in one private buffer that is wiped with OPENSSL_cleanse when the Secret is
/// destroyed or cleared; copies are deep and wipe themselves too. Nothing in core stores a Secret
/// beyond the call it was passed to. The buffer is always NUL-terminated so OpenSSL can read it.
class Secret
{
public:
    Secret() = default;
    ~Secret();
    Secret(const Secret &other);
    Secret &operator=(const Secret &other);
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;

    /// Takes the UTF-8 bytes of @p utf8 and wipes @p utf8 (detaching it first if shared).
    static Secret takeUtf8(QByteArray &utf8);
    /// Copies @p size bytes from @p data; the caller wipes its own copy.
    static Secret fromBytes(const char *data, qsizetype size);
    /// The UTF-8 encoding of @p text; the temporary encoding is wiped. The caller should not keep
    /// @p text longer than needed.
    static Secret fromString(const QString &text);
    /// The value of the environment variable @p name, or an empty Secret with @p found false.
    static Secret fromEnvironment(const QString &name, bool *found = nullptr);
    /// 20 random characters from an alphabet without look-alikes (no 0/O, 1/l/I), in groups of
    /// five joined by '-', for passphrases that are shown to the user once.
    static Secret generatePassphrase();

    bool isEmpty() const { return size() == 0; }
    qsizetype size() const { return m_bytes.empty() ? 0 : static_cast<qsizetype>(m_bytes.size()) - 1; }
    /// NUL-terminated; never null.
    const char *data() const { return m_bytes.empty() ? "" : m_bytes.data(); }
    void clear();

private:
    std::vector<char> m_bytes; // the secret followed by one NUL, or empty
};

} // namespace mla::core
