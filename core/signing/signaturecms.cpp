#include "signing/signaturecms.h"

#include <cstring>
#include <openssl/err.h>

namespace mla::core::detail {

namespace {

constexpr unsigned int kSignFlags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP | CMS_PARTIAL;

/// Signs the DER of @p si's signed attributes again (after one was removed) and stores the value.
bool resignAttributes(CMS_SignerInfo *si, EVP_PKEY *key)
{
    STACK_OF(X509_ATTRIBUTE) *attributes = sk_X509_ATTRIBUTE_new_null();
    if (!attributes) {
        return false;
    }
    const int count = CMS_signed_get_attr_count(si);
    for (int i = 0; i < count; ++i) {
        sk_X509_ATTRIBUTE_push(attributes, CMS_signed_get_attr(si, i)); // borrowed, not freed below
    }
    unsigned char *encoded = nullptr;
    // The same encoding the signed attributes get in the SignerInfo: a DER SET OF Attribute.
    const int encodedLength =
        ASN1_item_i2d(reinterpret_cast<ASN1_VALUE *>(attributes), &encoded, ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
    sk_X509_ATTRIBUTE_free(attributes);
    if (encodedLength <= 0) {
        return false;
    }
    bool ok = false;
    ossl::EvpMdCtxPtr context(EVP_MD_CTX_new());
    size_t signatureLength = 0;
    if (context && EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestSign(context.get(), nullptr, &signatureLength, encoded,
                       static_cast<size_t>(encodedLength)) == 1) {
        QByteArray signature(static_cast<qsizetype>(signatureLength), Qt::Uninitialized);
        auto *out = reinterpret_cast<unsigned char *>(signature.data());
        if (EVP_DigestSign(context.get(), out, &signatureLength, encoded,
                           static_cast<size_t>(encodedLength)) == 1) {
            ok = ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), out, static_cast<int>(signatureLength)) ==
                 1;
        }
    }
    OPENSSL_free(encoded);
    return ok;
}

QString failure(const char *what)
{
    const QString why = ossl::takeErrors();
    return why.isEmpty() ? QString::fromLatin1(what) : QString::fromLatin1(what) + QStringLiteral(": ") + why;
}

} // namespace

QByteArray createDetachedCms(const SigningIdentity::Data &identity, QByteArrayView first,
                             QByteArrayView second, QString *error)
{
    ossl::clearErrors();
    ossl::CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, kSignFlags));
    if (!cms) {
        *error = failure("CMS_sign");
        return {};
    }
    CMS_SignerInfo *si = CMS_add1_signer(cms.get(), identity.certificate.get(), identity.key.get(),
                                         EVP_sha256(), kSignFlags | CMS_CADES);
    if (!si) {
        *error = failure("CMS_add1_signer");
        return {};
    }
    for (const auto &certificate : identity.chain) {
        if (CMS_add1_cert(cms.get(), certificate.get()) != 1) {
            // A duplicate of a certificate already present is not an error worth failing for.
            ossl::clearErrors();
        }
    }
    ossl::BioPtr content(BIO_new(BIO_s_mem()));
    if (!content || BIO_write(content.get(), first.data(), static_cast<int>(first.size())) != first.size() ||
        BIO_write(content.get(), second.data(), static_cast<int>(second.size())) != second.size()) {
        *error = failure("BIO_write");
        return {};
    }
    if (CMS_final(cms.get(), content.get(), nullptr, kSignFlags) != 1) {
        *error = failure("CMS_final");
        return {};
    }
    // PAdES baseline forbids the signing-time attribute: the claimed time lives in /M.
    const int at = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (at >= 0) {
        X509_ATTRIBUTE_free(CMS_signed_delete_attr(si, at));
        if (!resignAttributes(si, identity.key.get())) {
            *error = failure("re-signing the signed attributes");
            return {};
        }
    }
    const int length = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (length <= 0) {
        *error = failure("i2d_CMS_ContentInfo");
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_CMS_ContentInfo(cms.get(), &out);
    return der;
}

CmsInspection inspectDetachedCms(const QByteArray &der, QByteArrayView first, QByteArrayView second)
{
    CmsInspection result;
    ossl::clearErrors();
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    ossl::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &in, static_cast<long>(der.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        result.error = failure("not a CMS SignedData structure");
        return result;
    }
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms.get());
    if (!signers || sk_CMS_SignerInfo_num(signers) != 1) {
        result.error = QStringLiteral("the CMS structure does not hold exactly one signer");
        return result;
    }
    result.parsed = true;
    CMS_SignerInfo *si = sk_CMS_SignerInfo_value(signers, 0);
    result.certificates.reset(CMS_get1_certs(cms.get()));
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    X509 *signer = nullptr;
    X509_ALGOR *digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, &signer, &digestAlgorithm, nullptr);
    if (signer && X509_up_ref(signer) == 1) {
        result.signer.reset(signer);
    }
    const EVP_MD *md = nullptr;
    if (digestAlgorithm) {
        const ASN1_OBJECT *oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, digestAlgorithm);
        md = EVP_get_digestbyobj(oid);
        result.digestAlgorithm =
            QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(oid))).toUpper().remove(QLatin1Char('-'));
    }
    if (const int at = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1); at >= 0) {
        result.hasSigningTime = true;
        ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(si, at), 0);
        if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME)) {
            result.signingTime = ossl::toDateTime(value->value.utctime);
        }
    }
    result.hasSigningCertificateV2 =
        CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0;

    const bool hasSignedAttributes = CMS_signed_get_attr_count(si) > 0;
    if (hasSignedAttributes && md) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int digestLength = 0;
        ossl::EvpMdCtxPtr context(EVP_MD_CTX_new());
        if (context && EVP_DigestInit_ex(context.get(), md, nullptr) == 1 &&
            EVP_DigestUpdate(context.get(), first.data(), static_cast<size_t>(first.size())) == 1 &&
            EVP_DigestUpdate(context.get(), second.data(), static_cast<size_t>(second.size())) == 1 &&
            EVP_DigestFinal_ex(context.get(), digest, &digestLength) == 1) {
            const auto *signedDigest = static_cast<const ASN1_OCTET_STRING *>(CMS_signed_get0_data_by_OBJ(
                si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
            result.digestMatches =
                signedDigest && ASN1_STRING_length(signedDigest) == static_cast<int>(digestLength) &&
                std::memcmp(ASN1_STRING_get0_data(signedDigest), digest, digestLength) == 0;
        }
        result.signatureValid = result.signer && CMS_SignerInfo_verify(si) == 1 && result.digestMatches;
        if (!result.signatureValid && result.digestMatches) {
            result.error = failure("the signature value does not verify");
        }
    } else {
        // No signed attributes: the signature is over the content itself; let OpenSSL do it all.
        QByteArray content;
        content.reserve(first.size() + second.size());
        content.append(first.data(), first.size()).append(second.data(), second.size());
        auto bio = ossl::readOnlyBio(content);
        result.signatureValid = CMS_verify(cms.get(), nullptr, nullptr, bio.get(), nullptr,
                                           CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
        result.digestMatches = result.signatureValid;
        if (!result.signatureValid) {
            result.error = failure("CMS verification failed");
        }
    }
    ossl::clearErrors();
    return result;
}

} // namespace mla::core::detail
