#pragma once

#include <QString>

#include <chrono>

namespace mla::core {

/// What one edit of a text field did, judged from the text before and after it.
enum class EditKind {
    None,        ///< the text is the same
    Insertion,   ///< characters were added at one place
    Deletion,    ///< characters were removed at one place
    Replacement, ///< characters were removed and others put in their place (a selection typed over)
};

struct TextEdit
{
    EditKind kind = EditKind::None;
    qsizetype removed = 0;  ///< characters taken out
    qsizetype inserted = 0; ///< characters put in
};

/// The single change that turns @p before into @p after (common prefix and suffix left out).
TextEdit describeEdit(const QString &before, const QString &after);

/// Decides which successive edits of one field form one undo step, as in a word processor: a run
/// of typed characters, or a run of single-character deletions, made without a pause. A pasted
/// block, a deleted word or selection, a replaced selection or a pause of more than kPause starts
/// a new step, so one Undo never takes back more than the user expects to lose.
class TypingRun
{
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::chrono::milliseconds kPause{2000};

    /// The run that the edit from @p before to @p after, made at @p when, starts.
    TypingRun(const QString &before, const QString &after, Clock::time_point when);

    /// True when the edit from @p current to @p next, made at @p when, continues this run; the run
    /// then includes it.
    bool absorbs(const QString &current, const QString &next, Clock::time_point when);

private:
    /// The kind of edit that may continue the run; None when nothing may.
    EditKind m_continuedBy = EditKind::None;
    Clock::time_point m_last;
};

} // namespace mla::core
