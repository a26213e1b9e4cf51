#include "validation/validator.h"

#include <QHash>

namespace mla::core {

namespace {

bool filled(const QString &value)
{
    return !value.trimmed().isEmpty();
}

bool evaluate(const Condition &c, const Request &request, const CollectionItem *item)
{
    switch (c.kind) {
    case Condition::Kind::Always:
        return true;
    case Condition::Kind::FieldEquals:
        return c.values.contains(request.value(c.field));
    case Condition::Kind::FieldPresent:
        return filled(request.value(c.field)) == (c.values.value(0) == QLatin1String("true"));
    case Condition::Kind::ItemEquals:
        return item && c.values.contains(item->value(c.field));
    case Condition::Kind::EveryItem: {
        const QList<CollectionItem> items = request.items(c.collection);
        return !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [&](const CollectionItem &entry) {
            return evaluate(c.children.value(0), request, &entry);
        });
    }
    case Condition::Kind::SomeItem: {
        const QList<CollectionItem> items = request.items(c.collection);
        return std::any_of(items.cbegin(), items.cend(), [&](const CollectionItem &entry) {
            return evaluate(c.children.value(0), request, &entry);
        });
    }
    case Condition::Kind::All:
        return std::all_of(c.children.cbegin(), c.children.cend(),
                           [&](const Condition &child) { return evaluate(child, request, item); });
    case Condition::Kind::Any:
        return std::any_of(c.children.cbegin(), c.children.cend(),
                           [&](const Condition &child) { return evaluate(child, request, item); });
    case Condition::Kind::Not:
        return !evaluate(c.children.value(0), request, item);
    }
    return false;
}

/// True when the value satisfies the rule's check. Format checks pass on empty values: whether a
/// value must be there at all is the business of a separate "required" rule.
bool satisfied(const Rule &rule, const QString &value, QDate today)
{
    switch (rule.check) {
    case CheckKind::Required:
        return filled(value);
    case CheckKind::MinLength:
        return value.trimmed().size() >= rule.min;
    case CheckKind::Pattern:
        return !filled(value) || rule.pattern.match(value.trimmed()).hasMatch();
    case CheckKind::Date:
        return !filled(value) || QDate::fromString(value.trimmed(), Qt::ISODate).isValid();
    case CheckKind::NotPast: {
        if (!filled(value)) {
            return true;
        }
        const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
        return !date.isValid() || date >= today;
    }
    case CheckKind::MinItems:
    case CheckKind::AnyOf:
        break; // evaluated by the caller, they look at more than one value
    }
    return false;
}

Finding findingFor(const Rule &rule, const RequirementTemplate &source, FieldRef field, int itemNumber)
{
    Finding f;
    f.ruleId = rule.id;
    f.severity = rule.severity;
    f.field = std::move(field);
    f.itemNumber = itemNumber;
    f.message = rule.message;
    f.action = rule.action;
    f.citation = rule.citation;
    f.source = source.sources().value(rule.source);
    f.verified = rule.verified;
    f.templateId = source.id();
    return f;
}

} // namespace

int ValidationReport::completenessPercent() const
{
    if (checksApplicable == 0) {
        return 100;
    }
    return static_cast<int>((100LL * checksSatisfied) / checksApplicable);
}

int ValidationReport::blockingCount() const
{
    return static_cast<int>(std::count_if(findings.cbegin(), findings.cend(),
                                          [](const Finding &f) { return f.severity == Severity::Blocking; }));
}

int ValidationReport::warningCount() const
{
    return static_cast<int>(findings.size()) - blockingCount();
}

ValidationReport Validator::validate(const Request &request, const QList<RequirementTemplate> &templates) const
{
    // Resolve overrides first: the last layer that defines a rule id wins.
    struct Effective
    {
        const Rule *rule;
        const RequirementTemplate *source;
    };
    QList<Effective> effective;
    QHash<QString, qsizetype> indexById;
    for (const RequirementTemplate &t : templates) {
        if (!t.appliesToType(request.typeId)) {
            continue;
        }
        for (const Rule &rule : t.rules()) {
            const auto found = indexById.constFind(rule.id);
            if (found != indexById.constEnd()) {
                effective[*found] = {&rule, &t};
            } else {
                indexById.insert(rule.id, effective.size());
                effective.append({&rule, &t});
            }
        }
    }

    ValidationReport report;
    auto record = [&report](bool ok, Finding &&finding) {
        ++report.checksApplicable;
        if (ok) {
            ++report.checksSatisfied;
        } else {
            report.findings.append(std::move(finding));
        }
    };

    for (const Effective &e : std::as_const(effective)) {
        const Rule &rule = *e.rule;
        if (rule.collection.isEmpty()) {
            if (!evaluate(rule.when, request, nullptr)) {
                continue;
            }
            bool ok = false;
            if (rule.check == CheckKind::AnyOf) {
                ok = std::any_of(rule.fields.cbegin(), rule.fields.cend(),
                                 [&](const QString &key) { return filled(request.value(key)); });
            } else {
                ok = satisfied(rule, request.value(rule.field), m_today);
            }
            record(ok, findingFor(rule, *e.source, FieldRef{QString(), 0, rule.field}, 0));
            continue;
        }

        const QList<CollectionItem> items = request.items(rule.collection);
        if (rule.check == CheckKind::MinItems) {
            if (evaluate(rule.when, request, nullptr)) {
                record(items.size() >= rule.min, findingFor(rule, *e.source, FieldRef{rule.collection, 0, {}}, 0));
            }
            continue;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const CollectionItem &entry = items.at(i);
            if (!evaluate(rule.when, request, &entry)) {
                continue;
            }
            bool ok = false;
            if (rule.check == CheckKind::AnyOf) {
                ok = std::any_of(rule.fields.cbegin(), rule.fields.cend(),
                                 [&](const QString &key) { return filled(entry.value(key)); });
            } else {
                ok = satisfied(rule, entry.value(rule.field), m_today);
            }
            record(ok, findingFor(rule, *e.source, FieldRef{rule.collection, entry.id, rule.field},
                                  static_cast<int>(i + 1)));
        }
    }
    // Blocking findings first, then in the order of the rules (which follows the letter).
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding &a, const Finding &b) {
        return a.severity == Severity::Blocking && b.severity == Severity::Warning;
    });
    return report;
}

} // namespace mla::core
