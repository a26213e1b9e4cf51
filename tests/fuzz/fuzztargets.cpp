#include "fuzztargets.h"

#include "interchange/requestjson.h"
#include "legal/statepack.h"
#include "legal/treatystatus.h"
#include "model/requestform.h"
#include "validation/requestchecker.h"
#include "validation/requirementtemplate.h"

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

} // namespace mla::fuzz
