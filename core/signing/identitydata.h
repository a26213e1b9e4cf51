#pragma once

// Internal to core/signing: the OpenSSL side of SigningIdentity.

#include "signing/certificates.h"
#include "signing/opensslutil.h"

#include <vector>

namespace mla::core {

struct SigningIdentity::Data
{
    ossl::X509Ptr certificate;
    ossl::EvpPkeyPtr key;
    std::vector<ossl::X509Ptr> chain;
};

/// CertificateInfo of @p certificate.
CertificateInfo describeCertificate(X509 *certificate);

} // namespace mla::core
