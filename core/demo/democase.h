#pragma once

#include "model/request.h"
#include "util/result.h"

#include <QDate>
#include <QStringList>

namespace mla::core {

class CaseStore;

/// The fictional demonstration case shipped with the app: invented people, companies and events,
/// written for this app, so users and trainers can try every request type without real data.
/// One demo request per request type lives in templates/demo/<type>.json (interchange format).
/// Date values "$today" and "$today+N" become real dates relative to @p today, so a demo deadline
/// never lies in the past.
class DemoCase
{
public:
    /// The request types that have a demo request.
    static QStringList typeIds();
    /// The demo request of one type; an error when the type has none or its file is broken.
    static Result<Request> request(const QString &typeId, QDate today = QDate::currentDate());
    /// The demo general MLA request (always present; aborts the test run if the resource is broken).
    static Request generalMlaRequest(QDate today = QDate::currentDate());
    /// Reads every demo request first (a broken one fails before anything is written), then adds
    /// the demo case with one request of each type to @p store; returns the general MLA request's id.
    static Result<qint64> addTo(CaseStore &store, QDate today = QDate::currentDate());
};

} // namespace mla::core
