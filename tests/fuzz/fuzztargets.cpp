#include "fuzztargets.h"

#include "interchange/requestjson.h"
#include "legal/statepack.h"
#include "legal/treatystatus.h"
#include "model/requestform.h"
#include "signing/pdfsigner.h"
#include "signing/pdfverifier.h"
#include "validation/requestchecker.h"
#include "validation/requirementtemplate.h"

#include <cstdio>
#include <cstdlib>

namespace mla::fuzz {

using namespace mla::core;

void parseEverything(const QByteArray &input)
{
    const QString name = QStringLiteral("fuzz.json");
    if (auto request = RequestJson::read(input, name)) {
        // A request that parses must also validate and write back without trouble.
        static const auto checker = RequestChecker::builtIn();
        if (checker) {
            (void)checker->check(*request);
        }
        (void)RequestJson::read(RequestJson::write(*request), name);
    }
    (void)RequirementTemplate::fromJson(input, name);
    (void)RequestForm::fromJson(input, name);
    (void)StatePack::fromJson(input, name);
    (void)TreatyStatusTable::fromJson(input, name);
}

void verifyAndSign(const QByteArray &input, const SigningIdentity &identity)
{
    const auto verified = PdfVerifier::verifyData(input, {});
    if (identity.isNull()) {
        return;
    }
    SigningOptions options;
    options.reason = QStringLiteral("fuzz");
    const auto signedPdf = PdfSigner::signData(input, identity, options);
    if (!signedPdf || !verified) {
        return;
    }
    // Signing on top of a broken or extended signature would vouch for it.
    for (const SignatureCheck &check : verified->signatures) {
        if (!check.byteRangeValid || !check.digestMatches || !check.signatureValid) {
            std::fprintf(stderr, "signed over a broken signature (%s)\n", qPrintable(check.problems.join(QLatin1Char(' '))));
            std::abort();
        }
    }
    if (!verified->signatures.isEmpty() && !verified->lastCoversWholeFile()) {
        std::fprintf(stderr, "signed over bytes added after the last signature\n");
        std::abort();
    }
}

} // namespace mla::fuzz
