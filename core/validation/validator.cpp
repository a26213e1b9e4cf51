#include "validation/validator.h"

#include <QHash>
#include <QRegularExpression>

namespace mla::core {

namespace {

bool filled(const QString &value)
{
    return !value.trimmed().isEmpty();
}

bool evaluate(const Condition &c, const Request &request, const CollectionItem *item, const StatePack *pack)
{
    switch (c.kind) {
    case Condition::Kind::PackEquals: {
        const PackFact *fact = pack ? pack->fact(c.field) : nullptr;
        return fact && c.values.contains(fact->text());
    }
    case Condition::Kind::PackContains: {
        const PackFact *fact = pack ? pack->fact(c.field) : nullptr;
        return fact && fact->list().contains(c.values.value(0));
    }
    case Condition::Kind::PackKnown:
        return (pack && pack->has(c.field)) == (c.values.value(0) == QLatin1String("true"));
    case Condition::Kind::RequestType:
        return c.values.contains(request.typeId);
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
            return evaluate(c.children.value(0), request, &entry, pack);
        });
    }
    case Condition::Kind::SomeItem: {
        const QList<CollectionItem> items = request.items(c.collection);
        return std::any_of(items.cbegin(), items.cend(), [&](const CollectionItem &entry) {
            return evaluate(c.children.value(0), request, &entry, pack);
        });
    }
    case Condition::Kind::All:
        return std::all_of(c.children.cbegin(), c.children.cend(),
                           [&](const Condition &child) { return evaluate(child, request, item, pack); });
    case Condition::Kind::Any:
        return std::any_of(c.children.cbegin(), c.children.cend(),
                           [&](const Condition &child) { return evaluate(child, request, item, pack); });
    case Condition::Kind::Not:
        return !evaluate(c.children.value(0), request, item, pack);
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
    case CheckKind::IsTrue:
        return value == QLatin1String("true");
    case CheckKind::MinItems:
    case CheckKind::AnyOf:
    case CheckKind::PackListContains:
    case CheckKind::PackMatch:
    case CheckKind::PackKnown:
        break; // evaluated by the caller, they look at more than one value
    }
    return false;
}

/// Lower case, letters and digits only, so "Ministère de la Justice (BEPI)" and "ministere de la
/// justice - BEPI" compare equal enough to decide whether an addressee is the central authority.
QString normalisedName(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            out += c.toCaseFolded();
        } else if (!out.isEmpty() && !out.endsWith(QLatin1Char(' '))) {
            out += QLatin1Char(' ');
        }
    }
    return out.trimmed();
}

QString packValue(const StatePack &pack, const QString &path)
{
    const PackFact *fact = pack.fact(path.section(QLatin1Char('.'), 0, 0));
    if (!fact) {
        return {};
    }
    const QString member = path.section(QLatin1Char('.'), 1);
    return member.isEmpty() ? fact->text() : fact->member(member);
}

QStringList acronymsIn(const QString &text)
{
    static const QRegularExpression kAcronym(QStringLiteral("\\b[A-Z]{3,}\\b"));
    QStringList out;
    for (auto it = kAcronym.globalMatch(text); it.hasNext();) {
        out << it.next().captured().toCaseFolded();
    }
    return out;
}

/// Whether the typed name and the pack's name denote the same authority: one contains the other
/// (after normalising case, accents and punctuation), the pack's unit is named, or an acronym of
/// the pack ("BEPI", "OIA") appears as a word of the typed text.
bool namesMatch(const QString &typed, const StatePack &pack, const QString &path)
{
    const QString a = normalisedName(typed);
    const QString b = normalisedName(packValue(pack, path));
    if (a.isEmpty() || b.isEmpty() || a.contains(b) || b.contains(a)) {
        return true;
    }
    const PackFact *fact = pack.fact(path.section(QLatin1Char('.'), 0, 0));
    const QString unit = fact->member(QStringLiteral("unit"));
    const QString normalisedUnit = normalisedName(unit);
    if (!normalisedUnit.isEmpty() && a.contains(normalisedUnit)) {
        return true;
    }
    const QStringList words = a.split(QLatin1Char(' '));
    const QStringList acronyms = acronymsIn(packValue(pack, path) + QLatin1Char(' ') + unit);
    return std::any_of(acronyms.cbegin(), acronyms.cend(),
                       [&words](const QString &acronym) { return words.contains(acronym); });
}

/// "France: languages = fr (to be verified)"; also tells whether every fact used is verified.
QString describeStateBasis(const Rule &rule, const StatePack *pack, bool &allVerified)
{
    allVerified = true;
    if (!pack || rule.packFactsUsed.isEmpty()) {
        return {};
    }
    QStringList parts;
    for (const QString &key : rule.packFactsUsed) {
        const PackFact *fact = pack->fact(key);
        if (!fact) {
            parts << QStringLiteral("%1 unknown").arg(key);
            allVerified = false;
            continue;
        }
        allVerified = allVerified && fact->verified;
        QString part = QStringLiteral("%1 = %2").arg(key, fact->text());
        if (!fact->verified) {
            part += QStringLiteral(" (to be verified)");
        }
        parts << part;
    }
    return QStringLiteral("%1: %2").arg(pack->name(), parts.join(QStringLiteral("; ")));
}

Finding findingFor(const Rule &rule, const RequirementTemplate &source, FieldRef field, int itemNumber,
                   const StatePack *pack)
{
    Finding f;
    f.ruleId = rule.id;
    f.severity = rule.severity;
    f.field = std::move(field);
    // A rule about several fields names none of them: the finding leads to the first, where the
    // editor puts the cursor.
    if (f.field.key.isEmpty() && (f.field.isScalar() || f.field.itemId != 0) && !rule.fields.isEmpty()) {
        f.field.key = rule.fields.first();
    }
    f.itemNumber = itemNumber;
    f.message = rule.message;
    f.action = rule.action;
    f.citation = rule.citation;
    f.source = source.sources().value(rule.source);
    bool factsVerified = true;
    f.stateBasis = describeStateBasis(rule, pack, factsVerified);
    f.verified = rule.verified && factsVerified;
    if (f.source.isEmpty() && pack && !rule.packFactsUsed.isEmpty()) {
        if (const PackFact *fact = pack->fact(rule.packFactsUsed.last())) {
            f.source = fact->sourceUrl;
        }
    }
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

    const StatePack *pack = m_context.requestedState;
    for (const Effective &e : std::as_const(effective)) {
        const Rule &rule = *e.rule;
        if (rule.check == CheckKind::PackKnown && !pack) {
            continue; // no requested state chosen yet: another rule asks for it
        }
        const bool readsPack = rule.check == CheckKind::PackListContains || rule.check == CheckKind::PackMatch;
        if (readsPack) {
            // Nothing to compare with: the pack does not know the fact. A separate rule reports
            // unknown facts where that matters, so this one stays out of the figures.
            if (!pack || packValue(*pack, rule.packFact).isEmpty()) {
                continue;
            }
        }
        auto check = [&](const CollectionItem *entry) {
            auto valueOf = [&](const QString &key) { return entry ? entry->value(key) : request.value(key); };
            switch (rule.check) {
            case CheckKind::AnyOf:
                return std::any_of(rule.fields.cbegin(), rule.fields.cend(),
                                   [&](const QString &key) { return filled(valueOf(key)); });
            case CheckKind::PackListContains: {
                const QStringList accepted = pack->fact(rule.packFact)->list();
                return std::any_of(rule.fields.cbegin(), rule.fields.cend(), [&](const QString &key) {
                    return accepted.contains(valueOf(key).trimmed(), Qt::CaseInsensitive);
                });
            }
            case CheckKind::PackMatch:
                return namesMatch(valueOf(rule.field), *pack, rule.packFact);
            case CheckKind::PackKnown:
                return !packValue(*pack, rule.packFact).isEmpty();
            default:
                return satisfied(rule, valueOf(rule.field), m_context.today);
            }
        };

        if (rule.collection.isEmpty()) {
            if (!evaluate(rule.when, request, nullptr, pack)) {
                continue;
            }
            record(check(nullptr), findingFor(rule, *e.source, FieldRef{QString(), 0, rule.field}, 0, pack));
            continue;
        }

        const QList<CollectionItem> items = request.items(rule.collection);
        if (rule.check == CheckKind::MinItems) {
            if (evaluate(rule.when, request, nullptr, pack)) {
                record(items.size() >= rule.min,
                       findingFor(rule, *e.source, FieldRef{rule.collection, 0, {}}, 0, pack));
            }
            continue;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const CollectionItem &entry = items.at(i);
            if (!evaluate(rule.when, request, &entry, pack)) {
                continue;
            }
            record(check(&entry), findingFor(rule, *e.source, FieldRef{rule.collection, entry.id, rule.field},
                                             static_cast<int>(i + 1), pack));
        }
    }
    // Blocking findings first, then in the order of the rules (which follows the letter).
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding &a, const Finding &b) {
        return a.severity == Severity::Blocking && b.severity == Severity::Warning;
    });
    return report;
}

} // namespace mla::core
