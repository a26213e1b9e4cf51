#pragma once

#include "model/request.h"
#include "util/result.h"

namespace mla::core {

class CaseStore;

/// The fictional demonstration case shipped with the app: invented people, companies and events,
/// written for this app, so users and trainers can try every step without real data.
class DemoCase
{
public:
    /// A complete general MLA request that passes every blocking rule.
    static Request generalMlaRequest();
    /// Adds the demo case and its requests to @p store; returns the id of the general MLA request.
    static Result<qint64> addTo(CaseStore &store);
};

} // namespace mla::core
