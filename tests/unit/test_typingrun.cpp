#include "storage/typingrun.h"

#include <gtest/gtest.h>

using namespace mla::core;
using namespace std::chrono_literals;

namespace {

const TypingRun::Clock::time_point kStart{};

} // namespace

TEST(DescribeEdit, FindsTheOneChangedPlace)
{
    EXPECT_EQ(describeEdit(QStringLiteral("abc"), QStringLiteral("abc")).kind, EditKind::None);
    const TextEdit typed = describeEdit(QStringLiteral("ac"), QStringLiteral("abc"));
    EXPECT_EQ(typed.kind, EditKind::Insertion);
    EXPECT_EQ(typed.inserted, 1);
    const TextEdit doubled = describeEdit(QStringLiteral("aa"), QStringLiteral("aaa"));
    EXPECT_EQ(doubled.kind, EditKind::Insertion) << "a repeated letter is one inserted character";
    EXPECT_EQ(doubled.inserted, 1);
    const TextEdit word = describeEdit(QStringLiteral("ext 12"), QStringLiteral("ext "));
    EXPECT_EQ(word.kind, EditKind::Deletion);
    EXPECT_EQ(word.removed, 2);
    const TextEdit over = describeEdit(QStringLiteral("a long paragraph"), QStringLiteral("x"));
    EXPECT_EQ(over.kind, EditKind::Replacement);
    EXPECT_EQ(over.removed, 16);
    EXPECT_EQ(over.inserted, 1);
}

TEST(TypingRun, TypedCharactersWithoutAPauseAreOneRun)
{
    TypingRun run(QStringLiteral("+43"), QStringLiteral("+43 "), kStart);
    EXPECT_TRUE(run.absorbs(QStringLiteral("+43 "), QStringLiteral("+43 e"), kStart + 300ms));
    EXPECT_TRUE(run.absorbs(QStringLiteral("+43 e"), QStringLiteral("+43 ex"), kStart + 600ms));
    EXPECT_TRUE(run.absorbs(QStringLiteral("+43 ex"), QStringLiteral("+43 ext"), kStart + 2500ms))
        << "the pause counts from the last keystroke, not the first";
}

TEST(TypingRun, DeletingAWordOrASelectionIsItsOwnStep)
{
    TypingRun typing(QStringLiteral("+43"), QStringLiteral("+43 "), kStart);
    EXPECT_FALSE(typing.absorbs(QStringLiteral("+43 ext 12"), QStringLiteral("+43 ext "), kStart + 100ms))
        << "a word deleted at once";
    EXPECT_FALSE(typing.absorbs(QStringLiteral("+43 ext"), QStringLiteral("+43 ex"), kStart + 100ms))
        << "deleting does not continue typing";
    TypingRun deleting(QStringLiteral("abc"), QStringLiteral("ab"), kStart);
    EXPECT_TRUE(deleting.absorbs(QStringLiteral("ab"), QStringLiteral("a"), kStart + 100ms));
    EXPECT_FALSE(deleting.absorbs(QStringLiteral("a"), QStringLiteral("ax"), kStart + 200ms))
        << "typing does not continue deleting";
}

TEST(TypingRun, ASelectionTypedOverStartsARunThatTypingContinues)
{
    TypingRun run(QStringLiteral("a long paragraph"), QStringLiteral("x"), kStart);
    EXPECT_TRUE(run.absorbs(QStringLiteral("x"), QStringLiteral("xy"), kStart + 100ms));
    TypingRun typing(QStringLiteral("text"), QStringLiteral("texts"), kStart);
    EXPECT_FALSE(typing.absorbs(QStringLiteral("texts"), QStringLiteral("x"), kStart + 100ms))
        << "typing over a selection is not merged into the typing before it";
}

TEST(TypingRun, APasteAndAPauseStartNewSteps)
{
    TypingRun pasted(QStringLiteral(""), QStringLiteral("a pasted paragraph"), kStart);
    EXPECT_FALSE(pasted.absorbs(QStringLiteral("a pasted paragraph"), QStringLiteral("a pasted paragraph."),
                                kStart + 100ms));
    TypingRun typing(QStringLiteral("a"), QStringLiteral("ab"), kStart);
    EXPECT_FALSE(typing.absorbs(QStringLiteral("ab"), QStringLiteral("ab and more pasted"), kStart + 100ms));
    TypingRun paused(QStringLiteral("a"), QStringLiteral("ab"), kStart);
    EXPECT_FALSE(paused.absorbs(QStringLiteral("ab"), QStringLiteral("abc"), kStart + TypingRun::kPause + 1ms));
}
