// Interview turns on synthetic articles: the five styles, evidence for labels,
// narration, captions, options, adversarial input.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "parley/analyzer.h"
#include "parley/document.h"
#include "pipeline.h"
#include "structure/structure.h"
#include "turns/turns.h"

namespace {

using parley::Document;
using parley::Options;
using parley::ParagraphKind;
using parley::Role;

Options turns_only() {
  Options o;
  o.entities = false;
  o.quotes = false;
  return o;
}

Document run(const std::string& text, Options o = turns_only()) { return parley::Analyzer(std::move(o)).analyze(text); }

const parley::Speaker* speaker_of(const Document& d, std::size_t i) {
  for (const auto& s : d.speakers)
    if (s.id == d.paragraphs.at(i).speaker) return &s;
  return nullptr;
}

const parley::Speaker* speaker_named(const Document& d, const std::string& name) {
  for (const auto& s : d.speakers)
    if (s.name == name) return &s;
  return nullptr;
}

std::string name_at(const Document& d, std::size_t i) {
  const parley::Speaker* s = speaker_of(d, i);
  return s ? s->name : "(none)";
}

std::optional<Role> role_named(const Document& d, const std::string& name) {
  const parley::Speaker* s = speaker_named(d, name);
  return s ? std::optional<Role>(s->role) : std::nullopt;
}

// One character per paragraph: I(nterviewer), G(uest), '.' (no speaker).
std::string roles(const Document& d) {
  std::string out;
  for (std::size_t i = 0; i < d.paragraphs.size(); ++i) {
    const parley::Speaker* s = speaker_of(d, i);
    out += s == nullptr ? '.' : s->role == Role::kInterviewer ? 'I' : 'G';
  }
  return out;
}

// The speaker id per paragraph, "-" for none: "S1 S2 - S1".
std::string ids(const Document& d) {
  std::string out;
  for (const auto& p : d.paragraphs) out += (out.empty() ? "" : " ") + (p.speaker.empty() ? "-" : p.speaker);
  return out;
}

std::vector<std::string> markers(const std::string& text, const Options& o = turns_only()) {
  Document doc{text};
  parley::detail::Context ctx(doc.text(), o, doc);
  parley::detail::StructureStage(o).run(ctx);
  parley::detail::TurnStage(o).run(ctx);
  std::vector<std::string> out;
  for (const auto& m : ctx.markers) out.emplace_back(ctx.text.substr(m.start, m.end - m.start));
  return out;
}

const std::string kTitle = "Talks Ahead: What the Summit Could Bring\n";

// ---- style 1: dash answers, outlet-label questions ------------------------------------------

TEST(TurnsDashAnswers, OutletLabelAsksDashAnswers) {
  std::string t = kTitle +
                  "The summit opens on Monday in Geneva, officials said.\n"
                  "Our correspondent spoke to an economist about it.\n"
                  "DW: What do you expect from the summit?\n"
                  "— Not much, frankly. The positions are far apart.\n"
                  "Both sides have dug in over the winter.\n"
                  "DW: Is there any room for compromise?\n"
                  "— Some, on trade.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...IGGIG");
  ASSERT_EQ(d.speakers.size(), 2u);
  const parley::Speaker* dw = speaker_named(d, "DW");
  ASSERT_NE(dw, nullptr);
  EXPECT_EQ(dw->role, Role::kInterviewer);
  EXPECT_EQ(dw->labels, std::vector<std::string>{"DW"});
  ASSERT_EQ(d.turns.size(), 4u);
  EXPECT_EQ(d.turns[1].paragraphs, (std::vector<std::int64_t>{4, 5}));
  EXPECT_EQ(d.turns[1].reply_to, 0);
  EXPECT_EQ(d.turns[3].reply_to, 2);
  EXPECT_EQ(d.turns[0].reply_to, -1);
}

TEST(TurnsDashAnswers, IntroDeclaresAbbreviationAndGuestDescription) {
  std::string t = kTitle +
                  "Author: Anna Petrova\n"
                  "The talks resume next week after a long pause.\n"
                  "Daily Planet (DP) asked Jane Roe, a historian at Oxford University who studies treaties:\n"
                  "— Treaties take time. Nobody should expect a breakthrough.\n"
                  "DP: Why not?\n"
                  "— Because trust is missing.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "....GIG");
  const parley::Speaker* dp = speaker_named(d, "Daily Planet");
  ASSERT_NE(dp, nullptr);
  EXPECT_EQ(dp->role, Role::kInterviewer);
  EXPECT_EQ(dp->labels, (std::vector<std::string>{"Daily Planet", "DP"}));
  const parley::Speaker* roe = speaker_named(d, "Jane Roe");
  ASSERT_NE(roe, nullptr);
  EXPECT_EQ(roe->role, Role::kGuest);
  EXPECT_EQ(roe->description, "a historian at Oxford University who studies treaties");
  ASSERT_EQ(d.meta.guests.size(), 1u);  // added: the header had no guest
  EXPECT_EQ(d.meta.guests[0].name, "Jane Roe");
  EXPECT_EQ(d.meta.guests[0].description, "a historian at Oxford University who studies treaties");
}

TEST(TurnsDashAnswers, HeaderGuestNamesTheDashSpeaker) {
  std::string t = kTitle +
                  "Interviewee: Ivan Sidorov, economist\n"
                  "Prices rose again in March.\n"
                  "SP: Will inflation slow down this year?\n"
                  "– I doubt it. The budget is loose.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...IG");
  const parley::Speaker* g = speaker_of(d, 4);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->name, "Ivan Sidorov");
  EXPECT_EQ(g->description, "economist");
}

TEST(TurnsDashAnswers, UnmarkedShortQuestionInsideAnAnswerIsTheInterviewers) {
  std::string t = kTitle +
                  "Background narration comes first here.\n"
                  "SP: How did it start?\n"
                  "— With a phone call. The minister called at night.\n"
                  "Who called whom?\n"
                  "The minister called the ambassador, and the ambassador called me.\n"
                  "That was the first step.\n"
                  "SP: And then?\n"
                  "— Then the talks began.\n";
  EXPECT_EQ(roles(run(t)), "..IGIGGIG");
}

TEST(TurnsDashAnswers, CyrillicOutletLabelInGuillemets) {
  std::string t =
      "Переговоры: что дальше\n"
      "Саммит откроется в понедельник.\n"
      "«СП»: Чего вы ждете от саммита?\n"
      "— Немногого. Позиции сторон далеки.\n"
      "«СП»: А компромисс возможен?\n"
      "— Возможен, в торговле.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIG");
  const parley::Speaker* sp = speaker_of(d, 2);
  ASSERT_NE(sp, nullptr);
  EXPECT_EQ(sp->name, "СП");
  std::vector<std::string> m = markers(t);
  EXPECT_EQ(m[2], "«СП»: ");
  EXPECT_EQ(m[3], "— ");
}

TEST(TurnsDashAnswers, EveryDashShapeIsAMarker) {
  std::string t = kTitle +
                  "Narration before the interview starts.\n"
                  "SP: First question?\n"
                  "— em dash answer\n"
                  "SP: Second question?\n"
                  "– en dash answer\n"
                  "SP: Third question?\n"
                  "- hyphen answer\n"
                  "SP: Fourth question?\n"
                  "-- double hyphen answer\n";
  EXPECT_EQ(roles(run(t)), "..IGIGIGIG");
  std::vector<std::string> m = markers(t);
  EXPECT_EQ(m[3], "— ");
  EXPECT_EQ(m[5], "– ");
  EXPECT_EQ(m[7], "- ");
  EXPECT_EQ(m[9], "-- ");
}

// ---- style 2: dashes for both sides ---------------------------------------------------------

TEST(TurnsDashBoth, DashesAlternateAndUnmarkedLinesContinue) {
  std::string t = kTitle +
                  "Interviewee: Oleg Ivanov, a pilot\n"
                  "He has flown for thirty years.\n"
                  "— When did you first fly?\n"
                  "— At sixteen, in a glider. It was a summer camp.\n"
                  "My father took me there.\n"
                  "— Were you afraid?\n"
                  "— Not at all.\n"
                  "— And now?\n"
                  "— Now I am careful. Age does that.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...IGGIGIG");
  const parley::Speaker* g = speaker_of(d, 4);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->name, "Oleg Ivanov");
  const parley::Speaker* i = speaker_of(d, 3);
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->role, Role::kInterviewer);
  EXPECT_EQ(d.turns.size(), 6u);
}

TEST(TurnsDashBoth, InterviewerRemarkWithoutQuestionMarkStillAlternates) {
  std::string t = kTitle +
                  "— Tell us about the harvest.\n"
                  "— It was the best in a decade. Rain came at the right time.\n"
                  "— Some say prices will fall.\n"
                  "— They will, a little. Farmers will still earn more.\n";
  EXPECT_EQ(roles(run(t)), ".IGIG");
}

TEST(TurnsDashBoth, IntroWithToldPutsTheGuestFirst) {
  std::string t = kTitle +
                  "Maria Lopez, a marine biologist, told SP:\n"
                  "— The reef is recovering. Slowly, but it is. We counted more fish this year.\n"
                  "— How much more?\n"
                  "— About a third.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..GIG");
  const parley::Speaker* g = speaker_of(d, 2);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->name, "Maria Lopez");
  EXPECT_EQ(g->description, "a marine biologist");
  const parley::Speaker* i = speaker_of(d, 3);
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(i->name, "SP");
}

TEST(TurnsDashBoth, BulletedListIsNotAnInterview) {
  std::string t = kTitle +
                  "The plan includes:\n"
                  "- new roads\n"
                  "- two bridges\n"
                  "- a railway link\n"
                  "Work starts in May.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "......");
  EXPECT_TRUE(d.turns.empty());
}

TEST(TurnsDashBoth, DashInsideProseIsNotAMarker) {
  std::string t = kTitle + "-5 degrees were recorded overnight.\nThe city – and its suburbs – froze.\n";
  EXPECT_TRUE(run(t).speakers.empty());
}

// ---- style 3: Question/Answer, Q/A, Q./A. -----------------------------------------------------

TEST(TurnsQA, QuestionAnswerThenQA) {
  std::string t = kTitle +
                  "Interviewee: Jane Roe, economist\n"
                  "Question: How bad is the slowdown?\n"
                  "Answer: Worse than expected.\n"
                  "It will last into next year.\n"
                  "Q: Why?\n"
                  "A: Demand is weak.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGGIG");
  ASSERT_EQ(d.speakers.size(), 2u);  // Q and Question are one speaker, A and Answer the other
  const parley::Speaker* g = speaker_of(d, 3);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->name, "Jane Roe");
  EXPECT_EQ(g->labels, (std::vector<std::string>{"Answer", "A"}));
  EXPECT_EQ(g->description, "economist");
  const parley::Speaker* q = speaker_of(d, 2);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->labels, (std::vector<std::string>{"Question", "Q"}));
}

TEST(TurnsQA, ShortFormsWithPoints) {
  std::string t = kTitle +
                  "The coach spoke after the final.\n"
                  "Q. What changed this year?\n"
                  "A. The rules. Everything else followed.\n"
                  "Q. Will it last?\n"
                  "A. I hope so.\n";
  EXPECT_EQ(roles(run(t)), "..IGIG");
  std::vector<std::string> m = markers(t);
  EXPECT_EQ(m[2], "Q. ");
  EXPECT_EQ(m[3], "A. ");
}

TEST(TurnsQA, AnInitialIsNotAnAnswer) {
  std::string t = kTitle + "A. Lincoln once said a house divided cannot stand.\nHistorians still quote him.\n";
  EXPECT_TRUE(run(t).speakers.empty());
}

TEST(TurnsQA, UppercaseRoleWordsAndMissingSpace) {
  std::string t = kTitle +
                  "QUESTION:Is the deal done?\n"
                  "ANSWER:Almost.\n";
  EXPECT_EQ(roles(run(t)), ".IG");
  std::vector<std::string> m = markers(t);
  EXPECT_EQ(m[1], "QUESTION:");
}

// ---- style 4: named prefixes ------------------------------------------------------------------

TEST(TurnsNamed, TitledFormIsTheSameSpeaker) {
  std::string t = kTitle +
                  "President of Russia Vladimir Putin: Good afternoon, colleagues.\n"
                  "Question: Mr President, what about the budget?\n"
                  "Vladimir Putin: It is balanced.\n"
                  "Response: Are you sure?\n"
                  "Vladimir Putin: Yes.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GIGIG");
  ASSERT_EQ(d.speakers.size(), 2u);
  const parley::Speaker* p = speaker_named(d, "Vladimir Putin");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->labels, (std::vector<std::string>{"President of Russia Vladimir Putin", "Vladimir Putin"}));
  EXPECT_EQ(d.turns[0].reply_to, -1);
  EXPECT_EQ(d.turns[2].reply_to, 1);
}

TEST(TurnsNamed, StateDepartmentBriefing) {
  std::string t = kTitle +
                  "MR PRICE: Good afternoon. I have two announcements at the top.\n"
                  "First, the Secretary travels to Asia next week.\n"
                  "QUESTION: Ned, on Asia, will he meet his counterpart?\n"
                  "MR PRICE: We expect so.\n"
                  "QUESTION: And on trade?\n"
                  "MR PRICE: I won't get ahead of that.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GGIGIG");
  const parley::Speaker* p = speaker_of(d, 1);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "Mr Price");
}

TEST(TurnsNamed, BroadcastHostsAndSurnames) {
  std::string t = kTitle +
                  "KENNY MALONE, HOST:\n"
                  "Today we visit a bakery.\n"
                  "(SOUNDBITE OF MUSIC)\n"
                  "MALONE: Lisa Cho runs it. Lisa, why bread?\n"
                  "LISA CHO: Because it smells like home.\n"
                  "MALONE:How early do you start?\n"
                  "CHO: Four in the morning.\n"
                  "(LAUGHTER)\n"
                  "MALONE: That is early.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".II.IGIG.I");
  ASSERT_EQ(d.speakers.size(), 2u);
  const parley::Speaker* host = speaker_named(d, "Kenny Malone");
  ASSERT_NE(host, nullptr);
  EXPECT_EQ(host->role, Role::kInterviewer);
  EXPECT_EQ(host->labels, (std::vector<std::string>{"KENNY MALONE, HOST", "MALONE"}));
  const parley::Speaker* guest = speaker_named(d, "Lisa Cho");
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->role, Role::kGuest);
  EXPECT_EQ(d.paragraphs[3].kind, ParagraphKind::kStage);
  // The stage direction neither belongs to nor ends the host's turn.
  ASSERT_GE(d.turns.size(), 1u);
  EXPECT_EQ(d.turns[0].paragraphs, (std::vector<std::int64_t>{1, 2, 4}));
  std::vector<std::string> m = markers(t);
  EXPECT_EQ(m[1], "KENNY MALONE, HOST:");
  EXPECT_EQ(m[6], "MALONE:");
}

TEST(TurnsNamed, CoHostWithoutHostSuffixIsAnInterviewerByEvidence) {
  std::string t = kTitle +
                  "AMY LEE, HOST:\n"
                  "Welcome to the show.\n"
                  "BEN ORTIZ: And I'm Ben Ortiz. Today, volcanoes.\n"
                  "LEE: Our guest is a volcanologist.\n"
                  "DANA WHITE: Happy to be here.\n"
                  "ORTIZ: Dana, how close have you been to lava?\n"
                  "WHITE: About two metres.\n"
                  "ORTIZ: Was it hot?\n"
                  "WHITE: Very.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IIIIGIGIG");
}

TEST(TurnsNamed, BriefingWithOutletsAsking) {
  std::string t = kTitle +
                  "Hua Chunying: Good afternoon. I have one announcement.\n"
                  "The foreign minister will visit Brazil next week.\n"
                  "China Daily: Can you share more details about the visit?\n"
                  "Hua Chunying: The two sides will sign several agreements.\n"
                  "Bloomberg: Will trade be discussed?\n"
                  "Hua Chunying: Trade is always on the agenda.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GGIGIG");
  EXPECT_EQ(role_named(d, "Hua Chunying"), Role::kGuest);
  EXPECT_EQ(role_named(d, "China Daily"), Role::kInterviewer);
  EXPECT_EQ(role_named(d, "Bloomberg"), Role::kInterviewer);
}

TEST(TurnsNamed, TitleLabelIsThePersonTheArticleNamesWithThatTitle) {
  std::string t =
      "Defence Ministry Spokeswoman Elin Varga's Weekly Briefing on June 3\n"
      "Elin Varga: Good morning. I will start with the exercises.\n"
      "Kyodo: Were foreign observers invited?\n"
      "Spokeswoman: Observers from four countries attended.\n"
      "ANSA: Will the exercises continue next month?\n"
      "Spokeswoman: The schedule will be published on Friday.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GIGIG");
  ASSERT_EQ(d.speakers.size(), 3u);  // Elin Varga, Kyodo, ANSA
  const parley::Speaker* varga = speaker_named(d, "Elin Varga");
  ASSERT_NE(varga, nullptr);
  EXPECT_EQ(varga->labels, (std::vector<std::string>{"Elin Varga", "Spokeswoman"}));
}

TEST(TurnsNamed, TitleLabelStaysApartWhenTwoPeopleBearTheTitle) {
  std::string t =
      "Remarks by President Maric and President Alder Before Their Meeting\n"
      "THE PRESIDENT: Welcome. It is good to have you here.\n"
      "MARIC: Thank you. We have a great deal to discuss.\n"
      "Q: Will you sign the agreement today?\n"
      "THE PRESIDENT: We will sign it this afternoon.\n"
      "MARIC: And so will we.\n";
  // The title first names Maric, who speaks as "MARIC:"; it then names Alder too, so "THE PRESIDENT" is
  // nobody in particular and stays its own speaker.
  Document d = run(t);
  ASSERT_EQ(d.speakers.size(), 3u);
  const parley::Speaker* maric = speaker_named(d, "MARIC");
  ASSERT_NE(maric, nullptr);
  EXPECT_EQ(maric->labels, (std::vector<std::string>{"MARIC"}));
  EXPECT_NE(speaker_of(d, 1), speaker_of(d, 2));
}

TEST(TurnsNamed, TwoNamedPeopleWhoAsksIsTheInterviewer) {
  std::string t = kTitle +
                  "Sam Park: What was the hardest part of the climb?\n"
                  "Eva Novak: The last hundred metres. The air was thin.\n"
                  "Sam Park: Did you think of turning back?\n"
                  "Eva Novak: Once, yes.\n";
  EXPECT_EQ(roles(run(t)), ".IGIG");
}

TEST(TurnsNamed, EditorsNoteInParenthesesAfterTheNameIsNotPartOfIt) {
  std::string t =
      "Talking to the Minister\n"
      "Anna Keller of Nordfunk spoke with minister Boris Kalinov in Sofia.\n"
      "Anna Keller (retranslated): Good evening, minister. How do you see the talks?\n"
      "Boris Kalinov: I think they are going well. We have made progress.\n"
      "Anna Keller (via interpreter): And the next round?\n"
      "Boris Kalinov: It will start in May. We are ready for it.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIG");
  EXPECT_EQ(name_at(d, 2), "Anna Keller");
  EXPECT_EQ(speaker_of(d, 2), speaker_of(d, 4));
}

TEST(TurnsNamed, GuestsRhetoricalQuestionInsideHisAnswerStaysHis) {
  std::string t =
      "Talking to the Minister\n"
      "Anna Keller of Nordfunk spoke with minister Boris Kalinov in Sofia.\n"
      "Anna Keller: Why does the ministry want the new rules?\n"
      "Boris Kalinov: The old rules were written for another market. They no longer fit.\n"
      "Why do we insist on it now? Must we wait for a third failed harvest?\n"
      "The harvest failed twice, and the farmers paid for it.\n"
      "And what would you do in our place? Would you wait another year?\n"
      "Anna Keller: Farmers say the rules come too late.\n"
      "Boris Kalinov: They are right that we waited too long.\n";
  // The first question speaks for the minister in the first person; the second puts something to the
  // interviewer, but she takes the floor under her label right after it, so she had not spoken.
  EXPECT_EQ(roles(run(t)), "..IGGGGIG");
}

TEST(TurnsNamed, SeeAlsoLinkInsideAnAnswerDoesNotEndIt) {
  std::string t =
      "Interview to the Orbis News Agency\n"
      "Question: Mr President, what do you expect from the summit?\n"
      "Halvard Menke: I expect a frank discussion. We have prepared for it.\n"
      "See also\n"
      "Our proposals on trade are ready, and I will present them on the first day.\n"
      "We also hope to agree on the new fund.\n"
      "Question: And the dispute over fishing rights?\n"
      "Halvard Menke: We will settle it.\n";
  Document d = run(t);
  EXPECT_EQ(d.paragraphs.at(3).kind, ParagraphKind::kClutter);
  EXPECT_EQ(roles(d), ".IG.GGIG");
}

TEST(TurnsNamedPrefixes, HearingMemberSpeakingToTheWitnessWithoutAQuestionMark) {
  std::string t =
      "Committee hears the grid operator\n"
      "The committee met on Tuesday to hear evidence on the winter outages.\n"
      "Senator Marsh: Thank you, Chair. In your statement you say the outages were unavoidable. Other "
      "operators told us the opposite. Help me understand the difference.\n"
      "KD: Certainly. Our network carries twice their load, and the storm hit our lines first.\n"
      "Thank you. What would you change before next winter?\n"
      "KD: We will bury the lines in the north.\n";
  EXPECT_EQ(roles(run(t)), "..IGIG");
}

TEST(TurnsNamedPrefixes, HeadedStatementIsTheWitnessWhoLaterAnswers) {
  std::string t =
      "Committee hears the grid operator\n"
      "The committee met on Tuesday to hear evidence on the winter outages.\n"
      "Opening statement.\n"
      "I have led the grid company for nine years, and I thank the committee for the invitation.\n"
      "The storm in January was the strongest in forty years. Lines failed across the north.\n"
      "Our crews restored power to most homes within three days.\n"
      "(4m 10s)\n"
      "Senator Marsh: Thank you. Why did the northern lines fail first?\n"
      "KD: Because they are the oldest, and they are above ground.\n";
  Document d = run(t);
  EXPECT_EQ(d.paragraphs.at(2).kind, ParagraphKind::kHeading);
  EXPECT_EQ(roles(d), "...GGG.IG");
  EXPECT_EQ(speaker_of(d, 3), speaker_of(d, 8));
}

TEST(TurnsNamedPrefixes, StatementWordInNarrationIsNoHeading) {
  std::string t =
      "Committee hears the grid operator\n"
      "The minister's statement.\n"
      "The ministry published the figures on Monday, and the opposition called them late.\n"
      "Senator Marsh: Thank you. Why did the northern lines fail first?\n"
      "KD: Because they are the oldest, and they are above ground.\n";
  // The paragraph after the short line speaks in the third person: no one's statement.
  EXPECT_EQ(roles(run(t)), "...IG");
}

TEST(TurnsNamedPrefixes, CapitalNameAndFullStopIsALabel) {
  std::string t =
      "Transcript of Chair Halloway's Press Conference\n"
      "NEW RULES. The council adopted them in May, a week before the conference.\n"
      "CHAIR HALLOWAY. Good afternoon. We remain focused on price stability.\n"
      "Inflation has eased over the past year.\n"
      "ANNA BERG. Thank you for taking our question. Is a cut in March likely?\n"
      "CHAIR HALLOWAY. I don't think it is likely.\n"
      "ANNA BERG. And what would change your mind?\n"
      "CHAIR HALLOWAY. More good data.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..GGIGIG");
  EXPECT_EQ(role_named(d, "Anna Berg"), Role::kInterviewer);
  EXPECT_EQ(markers(t)[2], "CHAIR HALLOWAY. ");
}

TEST(TurnsQA, FootnotesEndTheInterview) {
  std::string t =
      "The cartographer of the deep\n"
      "Anna Brekke has mapped the sea floor for twenty years.\n"
      "Q: Where did it start?\n"
      "A: On a fishing boat, with a borrowed echo sounder.[1]\n"
      "Q: And now?\n"
      "A: Now we map from drones.\n"
      "[1] The echo sounder belonged to the university.\n"
      "It was returned in 2004.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIG..");
}

TEST(TurnsNamedPrefixes, WitnessNameLineIsNoTurn) {
  std::string t =
      "Hearing of the Harbour Panel, day four\n"
      "Sir Aldo Brink: Good morning.\n"
      "Ms Okafor: May I call the next witness.\n"
      "2. Mr Tomas Ferreira\n"
      "MR TOMAS FERREIRA (sworn).\n"
      "Ms Okafor: Please give your full name.\n"
      "Mr Tomas Ferreira: Tomas Ferreira.\n"
      "Ms Okafor: You ran the harbour office?\n"
      "Mr Tomas Ferreira: I did, from 2015.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d).substr(3, 2), "..");
}

TEST(TurnsNamedPrefixes, ChapterHeadingTheNextTurnReadsOutIsAHeading) {
  std::string t =
      "Harbour Talk, episode 12\n"
      "Maja Lund: Welcome back. Today we talk about quays.\n"
      "Erik Sand: Thanks for having me again.\n"
      "Maja Lund: Where do we start?\n"
      "Erik Sand: With the old quay. It was built in 1902 and it is still standing.\n"
      "Why does the harbour need a second quay?\n"
      "Maja Lund: So why does the harbour need a second quay at all?\n"
      "Erik Sand: Because the ships doubled in size.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IGIG.IG");
  EXPECT_EQ(d.paragraphs[5].kind, ParagraphKind::kHeading);
}

TEST(TurnsNamedPrefixes, NoteWordInCapitalsThatAsksIsAnOutlet) {
  std::string t =
      "Hacker turned defender\n"
      "Kamel Gharbi spent a decade breaking into cars. Now he protects them.\n"
      "UPDATE: The carmaker has since replied.\n"
      "TIME: How did you start?\n"
      "Kamel Gharbi: By accident, in a parking lot.\n"
      "TIME: What do carmakers get wrong?\n"
      "Kamel Gharbi: They trust the network inside the car.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...IGIG");
  EXPECT_EQ(role_named(d, "TIME"), Role::kInterviewer);
}

TEST(TurnsNamedPrefixes, NoteWordThatAsksOnceAndIsAnsweredByANameIsAnOutlet) {
  // The outlet labels the first exchange only; the pairs after it carry no label.
  std::string t =
      "Greta Holm on the future of the observatory\n"
      "Greta Holm has run the observatory for ten years. She spoke to TIME about what comes next.\n"
      "TIME: What did you learn in ten years?\n"
      "Greta Holm: That patience pays. Most results take longer than you plan.\n"
      "What comes next?\n"
      "A new dome and a new team for the telescope.\n"
      "Any regrets?\n"
      "Only that we did not start sooner.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIGIG");
  EXPECT_EQ(role_named(d, "TIME"), Role::kInterviewer);
  EXPECT_EQ(role_named(d, "Greta Holm"), Role::kGuest);
}

TEST(TurnsNamedPrefixes, OneOffLabelAnsweringAKnownAskerIsASpeaker) {
  std::string t =
      "Hacker turned defender\n"
      "Kamel Gharbi spent a decade breaking into cars. Now he protects them.\n"
      "Harbourtech: How did you start?\n"
      "Kamel Gharbi: By accident, in a parking lot.\n"
      "Harbourtech: What do carmakers get wrong?\n"
      "Kamel Gharbi: They trust the network inside the car.\n"
      "Harbourtech: And now?\n"
      "KG: Now they listen.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIGIG");
}

TEST(TurnsNamedPrefixes, EachOutletInAnAskersLabelIsItsOwnSpeaker) {
  std::string t =
      "Ambassador briefs press on trade\n"
      "Ambassador Lin Weiguo met reporters in Jakarta on Monday.\n"
      "Lin Weiguo: Good afternoon. I will take questions.\n"
      "Q (Harbour Review): What about the nickel deal?\n"
      "Lin Weiguo: It is going well.\n"
      "Question from Tempo: And the railway?\n"
      "Lin Weiguo: It will open next year.\n"
      "Harbour Review reporter: A follow-up on nickel. When?\n"
      "Lin Weiguo: Soon.\n"
      "Message from the Nordic Agency, Oslo, May 3 (journalist: Anna Berg): The talks went on.\n";
  Document d = run(t);
  EXPECT_EQ(name_at(d, 3), "Harbour Review");
  EXPECT_EQ(name_at(d, 5), "Tempo");
  EXPECT_EQ(name_at(d, 7), "Harbour Review");
  EXPECT_EQ(role_named(d, "Tempo"), Role::kInterviewer);
}

// ---- style 5: no markers ----------------------------------------------------------------------

TEST(TurnsUnprefixed, InterviewStartsAtTheFirstQuestionAnsweredInTheFirstPerson) {
  std::string t =
      "The cartographer of the deep\n"
      "Anna Brekke has mapped the sea floor for twenty years.\n"
      "Where did it start?\n"
      "On a fishing boat, with a borrowed echo sounder. We had no money, and nobody believed the maps would matter.\n"
      "And now?\n"
      "Now we map from drones, and the maps are used by every ship in the fjord.\n"
      "What was the hardest year?\n"
      "The year the boat sank. We lost the data of a whole season and had to start again in the spring.\n"
      "Would you do it again?\n"
      "Every day of my life. There is nothing like the first picture of a valley nobody has seen.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIGIGIG");
}

TEST(TurnsUnprefixed, FirstQuestionRightUnderTheHeadlineIsATurn) {
  // No dek: the first unlabelled question sits where a subtitle would, and still asks.
  std::string t =
      "Lena Marsh: \"The krona will recover\"\n"
      "Why did the krona fall, in your view?\n"
      "Oil got cheaper, and exporters sold less currency. I expected it.\n"
      "Will it recover, do you think?\n"
      "Yes, by the summer. The budget rule will help.\n"
      "Would you buy dollars now?\n"
      "I would not. It is too late for that.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IGIGIG");
}

TEST(TurnsUnprefixed, QuestionDekOfAColumnStaysASubtitle) {
  std::string t =
      "The krona and the summer\n"
      "Will the currency ever recover?\n"
      "Economists at Nordbank expect a slow recovery. Oil prices matter most.\n"
      "The budget rule will help, the ministry says. Exporters are less sure.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "....");
  EXPECT_EQ(d.paragraphs[1].kind, ParagraphKind::kSubtitle);
}

TEST(TurnsUnprefixed, QuestionsAlternateWithAnswers) {
  std::string t = kTitle +
                  "We spoke with Tom Baker, a farmer in Kent:\n"
                  "How did the drought affect you?\n"
                  "We lost half the wheat. The barley survived.\n"
                  "Will you plant wheat again?\n"
                  "Yes, but less of it.\n"
                  "What would help you most?\n"
                  "Water storage. We have asked for years.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIGIG");
  const parley::Speaker* g = speaker_of(d, 3);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->name, "Tom Baker");
  EXPECT_EQ(g->description, "a farmer in Kent");
}

TEST(TurnsUnprefixed, WithoutIntroManyQuestionsToYou) {
  std::string t = kTitle +
                  "The singer has a new album out this spring.\n"
                  "What inspired you this time?\n"
                  "Mostly long walks. I wrote on my phone.\n"
                  "Do you still tour?\n"
                  "Less than before.\n"
                  "What are you listening to?\n"
                  "Old jazz records.\n";
  EXPECT_EQ(roles(run(t)), "..IGIGIG");
}

TEST(TurnsUnprefixed, RhetoricalQuestionsInNarrationAreNotTurns) {
  std::string t = kTitle +
                  "Why does the price of bread keep rising?\n"
                  "Economists point to energy costs and wages.\n"
                  "The bakers' union disagrees with that view.\n"
                  "Is there an end in sight?\n"
                  "Not this year, the central bank said.\n";
  EXPECT_TRUE(run(t).speakers.empty());
}

// ---- evidence: what is not a speaker -----------------------------------------------------------

TEST(TurnsEvidence, NotesAndOneOffNarrativeLabelsAreNotSpeakers) {
  std::string t = kTitle +
                  "Note: This story was updated on Friday with new figures.\n"
                  "Music: \"Blue Skies\" by the Trio.\n"
                  "Why it matters: The vote decides the budget for five years.\n"
                  "The reason is simple: nobody wants new taxes before an election, the minister said on Monday.\n"
                  "Moscow: The talks will resume next week, according to the foreign ministry, which gave no date.\n";
  Document d = run(t);
  EXPECT_TRUE(d.speakers.empty());
  EXPECT_TRUE(d.turns.empty());
  for (std::size_t i = 1; i < d.paragraphs.size(); ++i) EXPECT_TRUE(d.paragraphs[i].speaker.empty());
}

TEST(TurnsEvidence, CaptionsAreNotTurns) {
  std::string t = kTitle +
                  "The prime minister urged leaders to stand firm on sanctions.\n"
                  "Standing firm: Prime Minister David Cameron poses with President Petro Poroshenko in Brussels\n"
                  "Human cost: Civilians wounded by shelling recover in a hospital in Donetsk\n"
                  "He said the deal was a first step.\n";
  Document d = run(t);
  EXPECT_EQ(d.paragraphs[2].kind, ParagraphKind::kCaption);
  EXPECT_EQ(d.paragraphs[3].kind, ParagraphKind::kCaption);
  EXPECT_NE(d.paragraphs[1].kind, ParagraphKind::kCaption);
  EXPECT_NE(d.paragraphs[4].kind, ParagraphKind::kCaption);
  EXPECT_TRUE(d.speakers.empty());
}

TEST(TurnsEvidence, CaptionInsideAnInterviewDoesNotTakeATurn) {
  std::string t = kTitle +
                  "Question: Where were you that night?\n"
                  "Answer: At home.\n"
                  "Quiet street: The house on Elm Road where the family lived for twenty years\n"
                  "Question: Alone?\n"
                  "Answer: With my wife.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IG.IG");
  EXPECT_EQ(d.paragraphs[3].kind, ParagraphKind::kCaption);
}

TEST(TurnsEvidence, NarrationBeforeBetweenAndAfterInterviews) {
  std::string t = kTitle +
                  "The city council met on Tuesday.\n"
                  "Its chair answered our questions.\n"
                  "Q: Will taxes rise?\n"
                  "A: No.\n"
                  "* * *\n"
                  "Meanwhile, the opposition held a rally downtown.\n"
                  "Hundreds attended despite the rain.\n"
                  "Q: Why did you come?\n"
                  "A: Because the council does not listen.\n";
  EXPECT_EQ(roles(run(t)), "...IG...IG");
}

TEST(TurnsEvidence, GuestNamedAgainInThirdPersonEndsTheAnswer) {
  std::string t = kTitle +
                  "SP asked Pavel Orlov, a lawyer:\n"
                  "SP: Is the law fair?\n"
                  "— It is not. It punishes the wrong people.\n"
                  "Orlov has represented dozens of defendants in such cases.\n"
                  "Other lawyers share his view.\n";
  EXPECT_EQ(roles(run(t)), "..IG..");
}

TEST(TurnsEvidence, PullQuoteRepeatingTheTextIsNotATurn) {
  std::string t = kTitle +
                  "Question: What is the plan?\n"
                  "Answer: The plan is to build three new hospitals in the north by the end of the decade.\n"
                  "\xE2\x80\x9DThe plan is to build three new hospitals in the north by the end of the decade.\xE2\x80\x9C\n"
                  "We will fund them from the federal budget.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IG.G");
  ASSERT_EQ(d.turns.size(), 2u);
  EXPECT_EQ(d.turns[1].paragraphs, (std::vector<std::int64_t>{2, 4}));
}

// ---- options ----------------------------------------------------------------------------------

TEST(TurnsOptions, UserLabelsDecideSpeakersAndRoles) {
  std::string t = kTitle +
                  "seeker: tell me about the road ahead\n"
                  "Oracle: It is long.\n"
                  "seeker: and the end of it\n"
                  "Oracle: It is near.\n";
  Options o = turns_only();
  o.interviewer_labels = {"Seeker"};
  o.guest_labels = {"Oracle"};
  EXPECT_EQ(roles(run(t, o)), ".IGIG");
  // Without the options the lowercase label is no speaker.
  EXPECT_EQ(roles(run(t)).find('I'), std::string::npos);
}

TEST(TurnsOptions, UserLabelOverridesEvidence) {
  std::string t = kTitle +
                  "Anna Berg: What do you make of it?\n"
                  "Carl Holm: Not much.\n"
                  "Anna Berg: Nothing at all?\n"
                  "Carl Holm: Nothing.\n";
  Options o = turns_only();
  o.guest_labels = {"Anna Berg"};
  o.interviewer_labels = {"Carl Holm"};
  EXPECT_EQ(roles(run(t, o)), ".GIGI");
}

TEST(TurnsOptions, TurnsOffLeavesNoSpeakers) {
  Options o = turns_only();
  o.turns = false;
  Document d = run(kTitle + "Q: Why?\nA: Because.\n", o);
  EXPECT_TRUE(d.speakers.empty());
  EXPECT_TRUE(d.turns.empty());
}

// ---- offsets and robustness -------------------------------------------------------------------

TEST(TurnsOffsets, TurnSpansAreCodePoints) {
  std::string t = "Разговор 🎤 о будущем\nВопрос: Что дальше? 🙂\nОтвет: Посмотрим — увидим.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IG");
  ASSERT_EQ(d.turns.size(), 2u);
  EXPECT_EQ(d.slice(d.turns[0].start, d.turns[0].end), "Вопрос: Что дальше? 🙂");
  EXPECT_EQ(d.slice(d.turns[1].start, d.turns[1].end), "Ответ: Посмотрим — увидим.");
}

TEST(TurnsRobustness, EmptyAndDegenerateInputs) {
  for (std::string t : {"", "\n\n", ":", "—", "— ", "Q:", "A.", ": : :", "«»:", "Q: ?\nA: !", "-- --\n— —\n",
                        "\xEF\xBC\x9A", "Q\xEF\xBC\x9A\xE4\xBD\xA0\xE5\xA5\xBD"}) {
    Document d = run(t);
    for (const auto& turn : d.turns) EXPECT_LE(turn.start, turn.end);
    std::vector<std::string> m = markers(t);
    EXPECT_EQ(m.size(), d.paragraphs.size());
  }
}

TEST(TurnsRobustness, AMillionQuestionLines) {
  std::string t;
  t.reserve(7'000'000);
  for (int i = 0; i < 1'000'000; ++i) t += (i % 2 == 0) ? "Q: x?\n" : "A: y.\n";
  Document d = run(t);
  ASSERT_EQ(d.paragraphs.size(), 1'000'000u);
  EXPECT_EQ(d.speakers.size(), 2u);
  EXPECT_EQ(d.turns.size(), 1'000'000u);
  EXPECT_EQ(d.turns.back().reply_to, 999'998);
}

TEST(TurnsRobustness, AMillionDashes) {
  std::string line;
  for (int i = 0; i < 1'000'000; ++i) line += "\xE2\x80\x94";
  Document d = run(line + "\n" + line + " x\n— " + line + "\n");
  EXPECT_EQ(d.paragraphs.size(), 3u);
  std::string dashes;
  for (int i = 0; i < 200'000; ++i) dashes += "— a?\n— b.\n";
  Document e = run(dashes);
  EXPECT_EQ(e.turns.size(), 400'000u);
}

TEST(TurnsRobustness, TenMegabyteParagraphs) {
  std::string big(10'000'000, 'a');
  for (std::size_t i = 7; i < big.size(); i += 8) big[i] = ' ';
  Document d = run("Q: " + big + "?\nA: " + big + ":\n" + big + "\n\xE2\x80\x9D" + big + "\n");
  EXPECT_EQ(d.paragraphs.size(), 4u);
  EXPECT_EQ(roles(d).substr(0, 2), "IG");
}

TEST(TurnsRobustness, ManyDistinctLabelsStayLinear) {
  // 100k different one-off speakers that share a surname must not make surname matching quadratic.
  std::string t;
  for (int i = 0; i < 100'000; ++i) t += "PERSON" + std::to_string(i) + " SMITH: Is it so?\nSMITH: Yes.\n";
  Document d = run(t);
  EXPECT_EQ(d.paragraphs.size(), 200'000u);
}

}  // namespace

namespace {

// ---- more articles in the shapes real outlets use -----------------------------------------

TEST(TurnsVariety, UnmarkedQuestionsWithDashAnswers) {
  std::string t = kTitle +
                  "The director's new film opens on Friday.\n"
                  "Why a war film now?\n"
                  "— Because nobody remembers. My grandfather fought there and never spoke of it.\n"
                  "We found his letters only after he died.\n"
                  "Was it hard to cast?\n"
                  "— Very. We saw four hundred actors for the main role.\n";
  EXPECT_EQ(roles(run(t)), "..IGGIG");
}

TEST(TurnsVariety, DashQuestionsWithUnmarkedAnswers) {
  std::string t = kTitle +
                  "— Why a war film now?\n"
                  "Because nobody remembers. My grandfather fought there.\n"
                  "— Was it hard to cast?\n"
                  "Very. We saw four hundred actors.\n";
  EXPECT_EQ(roles(run(t)), ".IGIG");
}

TEST(TurnsVariety, AgencyInterviewWithSurnameLabels) {
  std::string t = kTitle +
                  "Foreign Minister Sergey Lavrov gave an interview to TASS on the eve of the talks.\n"
                  "TASS: Mr Lavrov, what do you expect from Geneva?\n"
                  "Lavrov: We expect a frank conversation.\n"
                  "We have no illusions, however.\n"
                  "TASS: And if the talks fail?\n"
                  "Lavrov: Then we will draw conclusions.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGGIG");
  EXPECT_EQ(name_at(d, 2), "TASS");
  // The dek introduces him ("... gave an interview to TASS ..."): the surname label is the full name.
  EXPECT_EQ(name_at(d, 3), "Sergey Lavrov");
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Sergey Lavrov");
}

TEST(TurnsVariety, TranscriptWithAnUnidentifiedSpeaker) {
  std::string t = kTitle +
                  "ARI SHAPIRO, HOST:\n"
                  "We went to the market to hear from shoppers.\n"
                  "UNIDENTIFIED PERSON #1: Prices are up again. Eggs especially.\n"
                  "SHAPIRO: Economist Mary Daly says it will ease.\n"
                  "MARY DALY: We expect inflation to come down over the year.\n"
                  "SHAPIRO: How fast?\n"
                  "DALY: Gradually.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IIGIGIG");
  EXPECT_EQ(d.speakers.size(), 3u);
}

TEST(TurnsVariety, EditorsNoteAfterTheInterviewIsNarration) {
  std::string t = kTitle +
                  "Q: What comes next?\n"
                  "A: A long rest.\n"
                  "This interview has been edited for length and clarity.\n";
  EXPECT_EQ(roles(run(t)), ".IG.");
}

TEST(TurnsVariety, InterviewerLabelsByRoleWord) {
  std::string t = kTitle +
                  "Interviewer: When did you start painting?\n"
                  "Rosa Diaz: At five. My mother painted too.\n"
                  "Interviewer: And now?\n"
                  "Rosa Diaz: Every day.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IGIG");
  EXPECT_EQ(role_named(d, "Rosa Diaz"), Role::kGuest);
}

TEST(TurnsVariety, HostIntroducesHerselfWithoutHostSuffix) {
  std::string t = kTitle +
                  "LUCY HALE: Welcome back. I'm Lucy Hale, and this is Morning Desk.\n"
                  "TOM REED: Thanks for having me.\n"
                  "HALE: Tom, you ran the numbers. What did you find?\n"
                  "REED: Rents rose nine percent.\n"
                  "HALE: In one year?\n"
                  "REED: In one year.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IGIGIG");
}

TEST(TurnsVariety, PanelTwoGuestsAnswerOneQuestion) {
  std::string t = kTitle +
                  "MODERATOR: Both of you, briefly: is the policy working?\n"
                  "DR KIM: Partly.\n"
                  "DR OSEI: Not yet.\n"
                  "MODERATOR: Thank you both.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IGGI");
  ASSERT_EQ(d.turns.size(), 4u);
  EXPECT_EQ(d.turns[1].reply_to, 0);
  EXPECT_EQ(d.turns[2].reply_to, 0);
}

}  // namespace

namespace {

TEST(TurnsVariety, LabelledQuestionsUnmarkedAnswers) {
  std::string t = kTitle +
                  "Interviewee: Nina Frost, a glaciologist\n"
                  "The ice sheet lost a record amount of mass last summer.\n"
                  "SP: How fast is the ice melting?\n"
                  "Faster than the models said. We measured it twice.\n"
                  "The data surprised everyone on the team.\n"
                  "SP: As you put it, a tipping point.\n"
                  "Perhaps. It is too early to say.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...IGGIG");
  EXPECT_EQ(name_at(d, 4), "Nina Frost");
}

TEST(TurnsVariety, LabelledAnswersUnmarkedQuestions) {
  std::string t = kTitle +
                  "The mayor met reporters on Monday.\n"
                  "What about the new bridge?\n"
                  "Mayor Ellis: It opens in June.\n"
                  "Mayor Ellis: We are on budget.\n"
                  "And the tram line?\n"
                  "Mayor Ellis: Next year.\n";
  EXPECT_EQ(roles(run(t)), "..IGGIG");
}

}  // namespace

namespace {

TEST(TurnsVariety, WhiteHouseBriefingWithSpacedQ) {
  std::string t = kTitle +
                  "The briefing began at noon.\n"
                  "MS. JEAN-PIERRE:  Good afternoon, everyone.\n"
                  "Q    Thank you, Karine. On the budget: will the President sign it?\n"
                  "MS. JEAN-PIERRE:  He will.\n"
                  "Q    Today?\n"
                  "MS. JEAN-PIERRE:  Tomorrow.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..GIGIG");
  EXPECT_EQ(name_at(d, 2), "Ms. Jean-Pierre");
  std::vector<std::string> m = markers(t);
  EXPECT_EQ(m[3], "Q    ");
}

TEST(TurnsVariety, CableNewsSuffixes) {
  std::string t = kTitle +
                  "ANDERSON COOPER, CNN HOST: Senator, will you vote for the bill?\n"
                  "SEN. JANE DOE (D), MAINE: I will, with changes.\n"
                  "COOPER: Which changes?\n"
                  "DOE: The tax part.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IGIG");
  EXPECT_EQ(d.speakers.size(), 2u);
}

}  // namespace

namespace {

TEST(TurnsVariety, OutletNameWithArticleAsks) {
  std::string t = kTitle +
                  "The novelist lives in Lisbon now.\n"
                  "The Guardian: Why Lisbon?\n"
                  "Ana Reis: The light. And the rent, once.\n"
                  "The Guardian: Once?\n"
                  "Ana Reis: Not any more.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIG");
  EXPECT_EQ(role_named(d, "The Guardian"), Role::kInterviewer);
}

TEST(TurnsVariety, SentenceCaseProseLabelsInsideAnAnswerContinueIt) {
  std::string t = kTitle +
                  "Question: What went wrong?\n"
                  "Answer: Several things.\n"
                  "The first problem: nobody checked the numbers.\n"
                  "The second: nobody asked.\n";
  EXPECT_EQ(roles(run(t)), ".IGGG");
}

}  // namespace

namespace {

TEST(TurnsVariety, FirstTurnRightUnderTheHeadlineIsReclaimedFromTheSubtitle) {
  std::string t = "Press Briefing by Press Secretary Karine Jean-Pierre\n"
                  "MS. JEAN-PIERRE:  Good afternoon, everyone.\n"
                  "Q    Thank you, Karine. Will the President sign it?\n"
                  "MS. JEAN-PIERRE:  He will.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GIG");
  EXPECT_EQ(d.paragraphs[1].kind, ParagraphKind::kAnswer);
  EXPECT_TRUE(d.meta.subtitle.empty());
}

TEST(TurnsVariety, ADekWithAColonIsNoTurn) {
  std::string t = "Rates on Hold\n"
                  "Analysis: why the central bank paused\n"
                  "The bank kept rates unchanged on Thursday.\n";
  Document d = run(t);
  EXPECT_NE(d.paragraphs[1].kind, ParagraphKind::kQuestion);
  EXPECT_NE(d.paragraphs[1].kind, ParagraphKind::kAnswer);
  EXPECT_NE(d.paragraphs[1].kind, ParagraphKind::kCaption);
  EXPECT_TRUE(d.speakers.empty());
}

}  // namespace

namespace {

TEST(TurnsVariety, RoleWordsInOtherLanguages) {
  EXPECT_EQ(roles(run(kTitle + "Frage: Warum jetzt?\nAntwort: Weil es Zeit ist.\n")), ".IG");
  EXPECT_EQ(roles(run(kTitle + "Pregunta: ¿Por qué ahora?\nRespuesta: Porque es hora.\n")), ".IG");
  EXPECT_EQ(roles(run(kTitle + "Question : Pourquoi maintenant ?\nRéponse : Parce qu'il est temps.\n")), ".IG");
  EXPECT_EQ(roles(run(kTitle + "Вопрос: Почему сейчас?\nОтвет: Потому что пора.\n")), ".IG");
}

}  // namespace

namespace {

TEST(TurnsVariety, RussianNewsWithDashQuotationsIsNoInterview) {
  std::string t =
      "Кремль ответил на заявление Вашингтона\n"
      "Пресс-секретарь президента Дмитрий Песков прокомментировал заявление.\n"
      "— Мы готовы к диалогу, — сказал Песков. — Но условия должны быть понятны.\n"
      "Он добавил, что сроки пока не определены.\n"
      "Ранее министр заявил:\n"
      "— Никаких переговоров без гарантий не будет. Это наша позиция.\n"
      "Позже в МИД уточнили детали.\n"
      "Эксперт отметил:\n"
      "— Стороны сблизились. Но пока рано говорить о прорыве.\n";
  Document d = run(t);
  EXPECT_TRUE(d.speakers.empty()) << roles(d);
}

TEST(TurnsVariety, SurnameLabelOfTheHeaderGuestAndTheAuthorAsking) {
  std::string t = kTitle +
                  "By Anna Petrova\n"
                  "Interviewee: Ivan Sidorov, economist\n"
                  "Prices rose again in March.\n"
                  "Petrova: Will it go on?\n"
                  "Sidorov: For a while.\n"
                  "Petrova: And then?\n"
                  "Sidorov: It will ease.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "....IGIG");
  EXPECT_EQ(name_at(d, 5), "Ivan Sidorov");
  EXPECT_EQ(role_named(d, "Anna Petrova"), Role::kInterviewer);
}

}  // namespace

namespace {

TEST(TurnsVariety, FollowUpIsThePreviousAsker) {
  std::string t = kTitle +
                  "Mao Ning: Good afternoon.\n"
                  "AFP: Have the trade talks stalled?\n"
                  "Mao Ning: I'm not aware of that.\n"
                  "Follow-up: So there is no delay?\n"
                  "Mao Ning: I'd refer you to the competent authorities.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GIGIG");
  EXPECT_EQ(name_at(d, 4), "AFP");
  EXPECT_EQ(d.speakers.size(), 2u);
  const parley::Speaker* afp = speaker_named(d, "AFP");
  ASSERT_NE(afp, nullptr);
  EXPECT_EQ(afp->labels, (std::vector<std::string>{"AFP", "Follow-up"}));
}

TEST(TurnsVariety, ExplainerHeadingsAreNeitherTurnsNorCaptions) {
  std::string t = "Senate passes stopgap bill\n"
                  "The Senate passed a short-term spending bill late Friday.\n"
                  "Why it matters: The bill keeps the government open through March.\n"
                  "Driving the news: The vote was 77-13, with several Republicans joining Democrats.\n"
                  "The big picture: Congress has relied on stopgaps for months.\n"
                  "Go deeper: The shutdown fight, explained\n";
  Document d = run(t);
  EXPECT_TRUE(d.speakers.empty());
  for (const auto& p : d.paragraphs) EXPECT_NE(p.kind, ParagraphKind::kCaption);
}

}  // namespace

namespace {

TEST(TurnsVariety, RussianIntroWithVerbBeforeTheGuest) {
  std::string t =
      "Экономист: рубль ослабнет к осени\n"
      "Курс рубля снова стал главной темой недели.\n"
      "Об этом «СП» рассказал экономист Андрей Петров:\n"
      "— Давление на рубль сохранится. Экспорт падает, импорт растет.\n"
      "— Когда ждать стабилизации?\n"
      "— Не раньше зимы. Многое зависит от нефти.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...GIG");
  EXPECT_EQ(name_at(d, 3), "Андрей Петров");
  EXPECT_EQ(name_at(d, 4), "СП");
  const parley::Speaker* g = speaker_of(d, 3);
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->description, "экономист");
}

TEST(TurnsVariety, ShortLabelledLineIsNoCaption) {
  Document d = run(kTitle + "Narration first.\nPhotographer: Ivan Ivanov\nMore narration.\n");
  EXPECT_NE(d.paragraphs[2].kind, ParagraphKind::kCaption);
}

}  // namespace

namespace {

TEST(TurnsVariety, TopicLabelInsideAnAnswerIsNoNewSpeaker) {
  std::string t = kTitle +
                  "Question: How do you see the partnership?\n"
                  "Vladimir Putin: It is strong.\n"
                  "Russia and China: two partners with one view of the world order.\n"
                  "Question: And trade?\n"
                  "Vladimir Putin: It grows.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IGGIG");
  EXPECT_EQ(d.speakers.size(), 2u);
}

}  // namespace

namespace {

TEST(TurnsVariety, TwoInterviewsEachWithItsIntro) {
  std::string t = kTitle +
                  "Two experts assessed the talks.\n"
                  "SP asked Ivan Petrov, an economist:\n"
                  "— The talks will fail. Nobody is ready.\n"
                  "SP: Why?\n"
                  "— The positions are too far apart.\n"
                  "* * *\n"
                  "SP asked Olga Smirnova, a diplomat:\n"
                  "— I am more hopeful. Both sides need a deal.\n"
                  "SP: Even now?\n"
                  "— Especially now.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...GIG..GIG");
  EXPECT_EQ(name_at(d, 3), "Ivan Petrov");
  EXPECT_EQ(name_at(d, 8), "Olga Smirnova");
  EXPECT_EQ(speaker_named(d, "Olga Smirnova")->description, "a diplomat");
  ASSERT_EQ(d.meta.guests.size(), 2u);
  EXPECT_EQ(d.meta.guests[1].description, "a diplomat");
}

TEST(TurnsRobustness, ManyIntroLinesStayLinear) {
  std::string t;
  for (int i = 0; i < 50'000; ++i) t += "SP asked Ivan Petrov" + std::to_string(i) + " Smith, a professor:\n— Yes.\n";
  Document d = run(t);
  EXPECT_EQ(d.paragraphs.size(), 100'000u);
}

}  // namespace

namespace {

TEST(TurnsRobustness, ManySpellingsOfOneSpeakerStayLinear) {
  // One speaker written in many ways ("Kenny Malone", "KENNY MALONE", "Kenny MALONE", ...): every form
  // is one label of one speaker, de-duplicated through a set.
  std::string t = "KENNY MALONE, HOST: Hello.\n";
  for (int i = 0; i < 4096; ++i) {
    std::string name = "KENNY MALONE";
    for (int b = 0; b < 11; ++b)
      if ((i >> b) & 1) name[b < 5 ? b : b + 1] = static_cast<char>(name[b < 5 ? b : b + 1] + 32);
    for (int r = 0; r < 20; ++r) t += name + ": Why?\nLISA CHO: Because.\n";
  }
  Document d = run(t);
  ASSERT_EQ(d.speakers.size(), 2u);
  const parley::Speaker* host = speaker_named(d, "Kenny Malone");
  ASSERT_NE(host, nullptr);
  // "KENNY MALONE, HOST" and the 1024 casings that start with a capital (a lowercase start is no label).
  EXPECT_EQ(host->labels.size(), 1025u);
}

}  // namespace

namespace {

TEST(TurnsIntro, TwoGuestsInOneIntroBothDeclaredWithDescriptions) {
  std::string t = kTitle +
                  "The port reopened on Monday after a week of strikes.\n"
                  "DP asked Igor Lebedev, professor at the Mining Institute, and Natalia Fomina, director of the "
                  "Center for Port Studies:\n"
                  "— The strike was about wages, nothing else.\n"
                  "DP: Will it happen again?\n"
                  "— Probably, next spring.\n"
                  "Natalia Fomina is less optimistic:\n"
                  "— The unions are stronger than ever. They will strike again this year.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...GIG.G");
  ASSERT_EQ(d.meta.guests.size(), 2u);
  EXPECT_EQ(d.meta.guests[0].name, "Igor Lebedev");
  EXPECT_EQ(d.meta.guests[0].description, "professor at the Mining Institute");
  EXPECT_EQ(d.meta.guests[1].name, "Natalia Fomina");
  EXPECT_EQ(d.meta.guests[1].description, "director of the Center for Port Studies");
  EXPECT_EQ(name_at(d, 3), "Igor Lebedev");
  EXPECT_EQ(name_at(d, 7), "Natalia Fomina");
}

TEST(TurnsIntro, AndInsideADescriptionIsNotASecondGuest) {
  std::string t = kTitle + "DP asked Igor Lebedev, professor of History and International Relations at MGIMO:\n" +
                  "— Nobody expected it.\nDP: Why?\n— Because.\n";
  Document d = run(t);
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].description, "professor of History and International Relations at MGIMO");
}

TEST(TurnsNarration, ClosingParagraphAfterAnAnonymousAnswerIsNarration) {
  // Dash answers, "A." answers and unprefixed answers: the last paragraph speaks about the guest.
  std::string dash = kTitle + "We met the climber in Yekaterinburg.\n— How did it start?\n— Quite normally.\n" +
                     "— Were you afraid?\n— Not at all. The weather was fine.\nThe summit was cold.\n" +
                     "The expedition to the Pamirs is planned for next summer.\n";
  EXPECT_EQ(roles(run(dash)), "..IGIGG.");
  std::string qa = kTitle + "The mayor spoke to us on Wednesday.\nQ. Should residents worry?\nA. Not yet.\n" +
                   "Q. And the farms?\nA. They hold senior rights.\nThey were here first.\n" +
                   "The council vote is scheduled for March 21.\n";
  EXPECT_EQ(roles(run(qa)), "..IGIGG.");
  // First person or a connective: the guest is still speaking.
  std::string own = kTitle + "The mayor spoke to us on Wednesday.\nQ. Should residents worry?\nA. Not yet.\n" +
                    "Q. And the farms?\nA. They hold senior rights.\nI will ask them to share.\n";
  EXPECT_EQ(roles(run(own)), "..IGIGG");
  std::string connective = kTitle + "The mayor spoke to us on Wednesday.\nQ. Should residents worry?\nA. Not yet.\n" +
                           "Q. And the farms?\nA. They hold senior rights.\nTherefore, the city buys water.\n";
  EXPECT_EQ(roles(run(connective)), "..IGIGG");
  // A named transcript keeps its last paragraph: the speaker is known by name.
  std::string named = kTitle + "Question: What about trade?\nVladimir Putin: It grew.\n" +
                      "Question: And energy?\nVladimir Putin: It grew too.\nThe volume reached a record in May.\n";
  EXPECT_EQ(roles(run(named)), ".IGIGG");
}

TEST(TurnsNarration, ParagraphOpeningWithThePresentedGuestsNameIsNarration) {
  std::string t = kTitle +
                  "Mayor Teresa Alvarado sat down with us on Wednesday to talk about the plan.\n"
                  "Question: Should residents be worried?\n"
                  "Answer: Careful, yes. Worried, no.\n"
                  "The reservoir holds two years of supply.\n"
                  "Alvarado, a former hydrologist, was elected in 2021 on a promise to fix the pipes.\n"
                  "Q: Why not start with the leaks?\n"
                  "A. We did. We replaced forty miles of main.\n";
  EXPECT_EQ(roles(run(t)), "..IGG.IG");
}

TEST(TurnsQA, WhiteHouseQWithOneSpace) {
  std::string t = kTitle +
                  "MS. JEAN-PIERRE: Good afternoon, everyone.\n"
                  "Q Thanks, Karine. Is the President frustrated?\n"
                  "MS. JEAN-PIERRE: The President has confidence in the Secret Service.\n"
                  "Q Karine, on the economy —\n"
                  "MS. JEAN-PIERRE: Go ahead.\n"
                  "Q — the jobs report showed hiring is slowing. Is the White House concerned?\n"
                  "MS. JEAN-PIERRE: No.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GIGIGIG");
  EXPECT_EQ(name_at(d, 1), "Ms. Jean-Pierre");
  // One "Q " line alone is no marker: "Q fever spread" is prose.
  EXPECT_EQ(roles(run(kTitle + "Q fever spread across the farms in May.\nOfficials said it was contained.\n")), "...");
}

}  // namespace

namespace {

TEST(TurnsIntro, RussianIntroWithTheGuestInTheInstrumentalCase) {
  std::string t = "Рынок труда перегрет\n"
                  "Безработица обновила исторический минимум.\n"
                  "О том, к чему это приведёт, «СП» поговорила с Сергеем Воронцовым, ведущим научным сотрудником "
                  "института:\n"
                  "«СП»: Почему зарплаты растут?\n"
                  "— Потому что людей не хватает.\n"
                  "СП: А что дальше?\n"
                  "— Дальше будет сложнее.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...IGIG");
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Сергей Воронцов");
  EXPECT_EQ(name_at(d, 4), "Сергей Воронцов");
  // Other names and cases: "Анной Ивановой", "Игорем Жуковским", "Марией Петровой".
  auto guest = [](const std::string& who) {
    Document g = run("Заголовок статьи\nРедакция поговорила с " + who + ", экономистом:\n— Всё будет хорошо.\n" +
                     "СП: Почему?\n— Потому что.\n");
    return g.meta.guests.empty() ? std::string() : g.meta.guests[0].name;
  };
  EXPECT_EQ(guest("Анной Ивановой"), "Анна Иванова");
  EXPECT_EQ(guest("Игорем Жуковским"), "Игорь Жуковский");
  EXPECT_EQ(guest("Марией Петровой"), "Мария Петрова");
  EXPECT_EQ(guest("Иваном Петровым"), "Иван Петров");
}

}  // namespace

namespace {

TEST(TurnsNaming, AnonymousGuestTakesThePresentedNameOnEvidence) {
  // Addressed by the interviewer.
  std::string addressed = kTitle + "The leader of the group, Marina Kuzmina, has climbed for eighteen years.\n" +
                          "— Marina, how did it all start?\n— Quite normally. The forecast was good.\n" +
                          "— Were you afraid?\n— Not at all. We had food for two days.\n";
  Document a = run(addressed);
  EXPECT_EQ(roles(a), "..IGIG");
  EXPECT_EQ(name_at(a, 3), "Marina Kuzmina");
  ASSERT_EQ(a.meta.guests.size(), 1u);
  EXPECT_EQ(a.meta.guests[0].name, "Marina Kuzmina");
  // Named in the headline; a title word before the name is dropped.
  std::string headline = "Alvarado on the Drought: Careful, Not Worried\n"
                         "Mayor Teresa Alvarado sat down with us on Wednesday.\n"
                         "Q. Should residents worry?\nA. Not yet. We have two years of supply.\n"
                         "Q. And the farms?\nA. They hold senior rights.\n";
  Document h = run(headline);
  EXPECT_EQ(name_at(h, 3), "Teresa Alvarado");
  // No evidence: the person the narration mentions may not be the one interviewed.
  std::string none = kTitle + "Prime Minister Anna Lindqvist announced the plan on Monday.\n" +
                     "— How will it work?\n— Slowly. The money comes next year.\n" +
                     "— Who pays?\n— The regions, mostly.\n";
  Document n = run(none);
  EXPECT_EQ(roles(n), "..IGIG");
  EXPECT_EQ(name_at(n, 3), "Guest");
  EXPECT_TRUE(n.meta.guests.empty());
}

}  // namespace

namespace {

TEST(TurnsNamed, ModeratorWhoHandsTheFloorToAskersIsOnTheInterviewerSide) {
  std::string t = kTitle +
                  "President of Russia Vladimir Putin: Good evening, colleagues.\n"
                  "Dmitry Peskov: Let's start with questions. Please.\n"
                  "Question: What about grain deliveries?\n"
                  "Vladimir Putin: We will deliver them free of charge.\n"
                  "Dmitry Peskov: Let's give the floor to our colleagues from Africa.\n"
                  "Question: And on commercial terms?\n"
                  "Vladimir Putin: As much as Africa needs.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GIIGIIG");
  EXPECT_EQ(role_named(d, "Dmitry Peskov"), Role::kInterviewer);
  // Handing over once is not enough: a guest's closing remark may precede a question too.
  std::string once = kTitle + "Anna Berg: Thank you for coming.\nQuestion: What now?\nAnna Berg: We wait.\n" +
                     "Question: For how long?\nAnna Berg: A year, maybe.\n";
  EXPECT_EQ(role_named(run(once), "Anna Berg"), Role::kGuest);
}

TEST(TurnsIntro, IntroEndingWithAPointBeforeAnUnmarkedQuestion) {
  std::string ru = "Почему исчезают скворцы\nОрнитологи бьют тревогу.\n"
                   "Мы поговорили об этом с Андреем Морозовым, научным сотрудником музея.\n"
                   "Андрей, что происходит со скворцами?\nИх становится меньше. Это видно даже без подсчётов.\n"
                   "А скворечники не помогают?\nПомогают, но их мало.\nЧто ещё влияет?\nГазоны и химия.\n";
  Document d = run(ru);
  EXPECT_EQ(roles(d), "...IGIGIG");
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Андрей Морозов");
  EXPECT_EQ(name_at(d, 3), "Interviewer");  // "Мы" is a pronoun, not an outlet
  std::string en = kTitle + "Bird numbers are falling in cities.\n" +
                   "We spoke with Andrew Moore, a researcher at the Zoological Museum.\n" +
                   "What is happening to the starlings?\nThere are fewer of them every year.\n" +
                   "Do nest boxes help?\nThey do, but there are too few.\n";
  Document e = run(en);
  EXPECT_EQ(roles(e), "...IGIG");
  ASSERT_EQ(e.meta.guests.size(), 1u);
  EXPECT_EQ(e.meta.guests[0].name, "Andrew Moore");
  // A sentence with "spoke with" that no question follows is narration, and declares nobody.
  std::string news = kTitle + "The minister spoke with Andrew Moore, a farmer, on Monday.\nThe farm is small.\n";
  EXPECT_TRUE(run(news).meta.guests.empty());
}

}  // namespace

namespace {

TEST(TurnsUnprefixed, RequestsAskAndFirstPersonAnswersAreEvidence) {
  std::string t = kTitle + "Luca Bernardi grew up above a trattoria. Last month he opened a restaurant in Lisbon.\n" +
                  "We met in his kitchen an hour before service.\n" +
                  "Tell me about your grandmother.\n" +
                  "She never measured anything. That was my real education.\n" +
                  "Why Lisbon and not Sicily?\n" +
                  "Because I fell in love with the city.\n" +
                  "Your first restaurant closed after a year. What happened?\n" +
                  "I was arrogant. I cooked for critics.\n" +
                  "Describe a perfect evening at the restaurant.\n" +
                  "Every table full and nobody in a hurry.\n";
  EXPECT_EQ(roles(run(t)), "...IGIGIGIG");
  // A column asks and answers itself in the third person: no interview.
  std::string column = kTitle + "Sixty companies tried a four-day week.\n" + "So why isn't everyone doing it?\n" +
                       "Part of the answer is that the trial companies were not typical.\n" +
                       "Does that mean the idea only works for the lucky few?\n" +
                       "Not necessarily. A pilot in Valencia included factories.\n" + "What about wages?\n" +
                       "Here the debate becomes political.\n";
  EXPECT_EQ(roles(run(column)), "........");
}

TEST(TurnsNarration, SectionHeadingBetweenTurnsIsNarration) {
  std::string t = kTitle + "We talked about her decision.\n" + "Q. Why did you leave?\n" +
                  "A. I felt we were shipping too fast.\n" + "On regulation\n" + "Q. Is the new law a good start?\n" +
                  "A. It is a start.\n";
  EXPECT_EQ(roles(run(t)), "..IG.IG");
}

TEST(TurnsNarration, ClosingNarrationAfterANamedGuestInANarratedArticle) {
  std::string t = "Директор заповедника о туристах\n"
                  "Заповедник в этом году принял рекордное число туристов.\n"
                  "Директор рассказал, как удаётся сохранить баланс.\n"
                  "Корреспондент: Это много?\n"
                  "Иван Петров: Для долины гейзеров — много. Мы ограничиваем число групп.\n"
                  "Корреспондент: Какие планы?\n"
                  "Петров: Открыть новый маршрут.\n"
                  "Заповедник основан в 1934 году.\n";
  EXPECT_EQ(roles(run(t)), "...IGIG.");
}

TEST(TurnsNamed, ParentheticalNoteIsNotPartOfTheDisplayName) {
  std::string t = kTitle + "ANDERSON COOPER, CNN ANCHOR: Senator, do you have the votes?\n" +
                  "SEN. MARIA CASTILLO (D-NM): I think we're close.\n" + "COOPER: Thank you.\n" +
                  "CASTILLO: Thank you, Anderson.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".IGIG");
  EXPECT_EQ(name_at(d, 2), "Sen. Maria Castillo");
}

}  // namespace

namespace {

TEST(TurnsIntro, ProfessionBeforeTheNameIsNotPartOfIt) {
  std::string t = kTitle + "The ruble fell in August.\n" +
                  "Economist Yulia Andreeva, associate professor at the Financial University, explained to SP what "
                  "to expect:\n" +
                  "– Exports fell, imports recovered.\n«SP»: Will the rate rise?\n– Only if inflation accelerates.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...GIG");
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Yulia Andreeva");
  EXPECT_EQ(d.meta.guests[0].description, "associate professor at the Financial University");
}

TEST(TurnsNamed, GuestRoleLabelIsTheDeclaredGuest) {
  std::string t = "Episode 112: Extreme Heat\nGuest: Dr. Samuel Osei, urban climatologist\n" +
                  std::string("Host: Welcome back. Samuel, welcome.\nGuest: Thanks, Laura.\n") +
                  "Host: What is a heat island?\nGuest: The difference between a city and the countryside.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIG");
  EXPECT_EQ(name_at(d, 3), "Dr. Samuel Osei");
  const parley::Speaker* s = speaker_named(d, "Dr. Samuel Osei");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->description, "urban climatologist");
}

TEST(TurnsIntro, IntroEndingWithAPointBeforeALabelledQuestion) {
  std::string t = "Директор заповедника о туристах\nЗаповедник принял рекордное число туристов.\n"
                  "Директор заповедника Иван Петров рассказал нашему корреспонденту, как удаётся сохранить баланс.\n"
                  "Корреспондент: Это много?\nИван Петров: Много. Мы ограничиваем число групп.\n"
                  "Корреспондент: А медведи?\nПетров: Медведей стало больше.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...IGIG");
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Иван Петров");
}

}  // namespace

namespace {

TEST(TurnsNamed, UnlabelledOpeningStatementBeforeTheFirstQuestion) {
  std::string t = "Daily Press Briefing by the Spokesperson\n"
                  "The following is a near-verbatim transcript of today's noon briefing.\n"
                  "Good afternoon. I will start with an update on Sudan.\n"
                  "A convoy of 20 trucks reached the town of Tawila yesterday.\n"
                  "Question: Has the Secretary-General spoken to the generals?\n"
                  "Spokesman: Not in the last few days.\n"
                  "Question: Any progress on the talks?\n"
                  "Spokesman: Nothing new to share.\n";
  EXPECT_EQ(roles(run(t)), "..GGIGIG");
  // Without a greeting the narration stays narration.
  std::string n = "Daily Press Briefing by the Spokesperson\n"
                  "The briefing took place at noon in New York.\n"
                  "A convoy of 20 trucks reached the town of Tawila yesterday.\n"
                  "Question: Has the Secretary-General spoken to the generals?\n"
                  "Spokesman: Not in the last few days.\n"
                  "Question: Any progress on the talks?\n"
                  "Spokesman: Nothing new to share.\n";
  EXPECT_EQ(roles(run(n)), "...IGIG");
}

}  // namespace

namespace {

TEST(TurnsNamed, RecordedClipVoicesTakeNoTurn) {
  std::string t = kTitle + "COOPER: Senator, do you have the votes?\n" + "CASTILLO: I think we're close.\n" +
                  "(BEGIN VIDEOTAPE)\n" + "UNIDENTIFIED MALE: We're not going to support this bill.\n" +
                  "(END VIDEOTAPE)\n" + "COOPER: What do you say to him?\n" + "CASTILLO: Read the bill.\n";
  EXPECT_EQ(roles(run(t)), ".IG...IG");
}

TEST(TurnsNamed, OpeningStatementUnderTheHeadlineBeforeTheFirstQuestion) {
  std::string t = "Foreign Minister's remarks and answers to media questions\n"
                  "Ladies and gentlemen,\n"
                  "We have held substantive talks with my colleague.\n"
                  "Question: What is your position on Sudan?\n"
                  "Sergey Lavrov: We are seriously concerned.\n"
                  "Question: Is Moscow ready to resume the deal?\n"
                  "Sergey Lavrov: As soon as it is implemented.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GGIGIG");
  EXPECT_EQ(d.meta.subtitle, "");
  EXPECT_EQ(to_string(d.paragraphs[1].kind), "answer");
}

}  // namespace

namespace {

TEST(TurnsIntro, NameBeforeAPhraseAndTheVerb) {
  std::string t = "Греф об искусственном интеллекте\nБанки меняются.\n"
                  "Глава Сбербанка Герман Греф в интервью «Известиям» рассказал о развитии технологий.\n"
                  "«Известия»: Сколько сотрудников заменил ИИ?\nГреф: Я бы не говорил «заменил».\n"
                  "«Известия»: Клиенты это замечают?\nГреф: Замечают скорость.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...IGIG");
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Герман Греф");
  EXPECT_EQ(d.meta.guests[0].description, "Глава Сбербанка");
  EXPECT_EQ(name_at(d, 4), "Герман Греф");
}

TEST(TurnsQA, UnmarkedExchangeInsideALabelledInterview) {
  std::string t = kTitle + "He agreed to talk.\n" + "Q: Do you remember your first night here?\n" +
                  "A: Every minute. There was a storm.\n" + "What did you do?\n" + "I lit the old kerosene lamp.\n" +
                  "The next morning a captain came to thank me.\n" + "Q: Will you miss it?\n" + "A: The mornings.\n";
  EXPECT_EQ(roles(run(t)), "..IGIGGIG");
}

}  // namespace

namespace {

TEST(TurnsUnprefixed, AnAnswerThatMentionsMeetingSomeoneIsNoIntro) {
  std::string t = kTitle + "We spoke with Andrew Moore, a researcher at the museum.\n" +
                  "What is happening to the starlings?\nThere are fewer of them every year. I counted them myself.\n" +
                  "Who else studies them?\nI talked to Maria Lopez, a colleague in Madrid.\n" +
                  "What did she say?\nThat it is the same in Spain. We see it everywhere.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "..IGIGIG");
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Andrew Moore");
}

}  // namespace

namespace {

TEST(TurnsNamed, AClipWithoutAnEndMarkerDoesNotSilenceTheRest) {
  std::string t = kTitle + "COOPER: Senator, do you have the votes?\n" + "CASTILLO: I think we're close.\n" +
                   "(BEGIN VIDEO CLIP)\n" + "UNIDENTIFIED MALE: We won't support it.\n";
  for (int k = 0; k < 10; ++k) t += "COOPER: And then?\nCASTILLO: We vote.\n";
  Document d = run(t);
  std::string r = roles(d);
  EXPECT_EQ(r.substr(r.size() - 4), "IGIG");
}

}  // namespace

namespace {

TEST(TurnsNamed, MusicOrABreakEndsTheTurnButLaughterDoesNot) {
  std::string t = kTitle + "RUTH OYELOWO: Welcome to Tide Tables. My guest is a harbour pilot.\n" +
                  "IVAN DRUMMOND: Glad to be here.\n" + "OYELOWO: What is the hardest ship to bring in?\n" +
                  "DRUMMOND: Car carriers. They are tall and the wind pushes them like a sail.\n" + "(LAUGHTER)\n" +
                  "Honestly, I mean it. One of them nearly took a crane with it.\n" +
                  "OYELOWO: Stay with us, more after this.\n" + "(MUSIC BREAK)\n" +
                  "Tide Tables is brought to you by Saltmarsh Boots, made for wet decks.\n" +
                  "OYELOWO: Welcome back. Do you still get nervous?\n" + "DRUMMOND: Every single time.\n";
  EXPECT_EQ(roles(run(t)), ".IGIG.GI..IG");
}

}  // namespace

namespace {

TEST(TurnsCaptions, AParagraphEndingWithAPhotoCreditIsACaption) {
  std::string t = kTitle + "Tomas Ekdahl has restored church organs for thirty years.\n" +
                  "Q. Which organ was the hardest?\n" + "A. The one in Visby. Half the pipes were full of sand.\n" +
                  "Tomas Ekdahl tunes a pipe in the loft at Visby. Photo: Maren Holt/Nordbild\n" +
                  "Q. And the easiest?\n" + "A. None of them. Every organ argues with you.\n" +
                  "He says the cheapest repair is a photo by a friend. Photos by friends are free.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d).substr(0, 7), "..IG.IG");
  EXPECT_EQ(to_string(d.paragraphs[4].kind), "caption");
  EXPECT_NE(to_string(d.paragraphs[7].kind), "caption");  // a sentence about photos credits nobody
}

}  // namespace

namespace {

TEST(TurnsNarration, TheArticleSpeakingOfItselfClosesTheInterview) {
  std::string t = kTitle + "Lidia Moreau runs the night ferry between two islands.\n" + "Q. Do you ever sleep?\n" +
                  "A. In the afternoons, like a cat.\n" + "Q. What do passengers ask you?\n" +
                  "A. Whether the sea is calm. It never is, and it always is.\n" +
                  "This conversation was first broadcast on Radio Littoral in March.\n";
  EXPECT_EQ(roles(run(t)), "..IGIG.");
  // The guest may speak of the interview herself.
  std::string g = kTitle + "Lidia Moreau runs the night ferry between two islands.\n" + "Q. Do you ever sleep?\n" +
                  "A. In the afternoons, like a cat.\n" + "This interview is the first I have given in ten years.\n" +
                  "Q. Why now?\n" + "A. Because the ferry is closing.\n";
  EXPECT_EQ(roles(run(g)), "..IGGIG");
}

}  // namespace

namespace {

TEST(TurnsNamed, AnAnonymousAnswerLabelJoinsTheOneNamedAnswerer) {
  std::string t = "Ministry Spokesperson Qiao Linfeng's Press Conference\n"
                  "Qiao Linfeng: Good afternoon. I have no announcements today.\n"
                  "Kyodo: Will the foreign minister travel to Seoul next week?\n"
                  "A: Information will be released in due course.\n"
                  "TASS: Any comment on the grain deal?\n"
                  "Qiao Linfeng: We welcome it.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), ".GIGIG");
  EXPECT_EQ(name_at(d, 3), "Qiao Linfeng");
  // Two named officials answer: "A:" could be either of them and stays apart.
  std::string two = "Joint Press Conference\n"
                    "Mira Sandoval: Thank you all for coming.\n"
                    "Ken Albrecht: Let me add a word on the budget.\n"
                    "Kyodo: When will the plan be published?\n"
                    "A: Next month.\n"
                    "Mira Sandoval: They are in the annex.\n"
                    "Kyodo: And the timetable?\n"
                    "Ken Albrecht: Spring.\n";
  EXPECT_EQ(name_at(run(two), 4), "A");
}

TEST(TurnsQA, QAndAJoinTheAuthorAndThePresentedGuestWhenThePieceSwitchesToNames) {
  std::string t = "The Clockmaker of Ghent\n"
                  "By Pieter Vanhove\n"
                  "Elise Marchal has repaired tower clocks across Flanders for twenty years. She met us at the belfry.\n"
                  "Q. How many clocks do you look after?\n"
                  "A. Forty-one. The oldest is from 1704.\n"
                  "Vanhove: Do they still keep time?\n"
                  "Marchal: Better than my phone, most weeks.\n"
                  "Vanhove: Who will take over?\n"
                  "Marchal: My nephew, if he learns patience.\n";
  Document d = run(t);
  EXPECT_EQ(roles(d), "...IGIGIG");
  EXPECT_EQ(name_at(d, 3), "Pieter Vanhove");
  EXPECT_EQ(name_at(d, 4), "Elise Marchal");
  EXPECT_EQ(name_at(d, 6), "Elise Marchal");
  ASSERT_EQ(d.meta.guests.size(), 1u);
  EXPECT_EQ(d.meta.guests[0].name, "Elise Marchal");
}

}  // namespace

namespace {

// Transcripts kept in Markdown write the labels in bold; a footnote's definition is no turn.
TEST(TurnsMarkdown, BoldLabelsAreSpeakerLabels) {
  Document d = run(
      "Harbour Talk, episode 12\n"
      "**Lena Haug:** Welcome back. Today our guest is the harbour master, Tomas Vilkas. Why do the fees rise?\n"
      "**Tomas Vilkas:** Because the quays are old and the repairs cost money.\n"
      "**Lena Haug**: And who pays for them?\n"
      "**TV** – The ships that use them, mostly the big ones.[^fees]\n"
      "[^fees]: The fee table is published every January.\n");
  ASSERT_NE(speaker_of(d, 1), nullptr);
  EXPECT_EQ(speaker_of(d, 1)->name, "Lena Haug");
  EXPECT_EQ(speaker_of(d, 1)->role, Role::kInterviewer);
  ASSERT_NE(speaker_of(d, 2), nullptr);
  EXPECT_EQ(speaker_of(d, 2)->name, "Tomas Vilkas");
  EXPECT_EQ(speaker_of(d, 2)->role, Role::kGuest);
  ASSERT_NE(speaker_of(d, 3), nullptr);
  EXPECT_EQ(speaker_of(d, 3)->name, "Lena Haug");
  ASSERT_NE(speaker_of(d, 4), nullptr);
  EXPECT_EQ(speaker_of(d, 4)->role, Role::kGuest);
  EXPECT_EQ(d.paragraphs[5].speaker, "");
  EXPECT_NE(d.paragraphs[5].kind, ParagraphKind::kNarrative);
}

TEST(TurnsMarkdown, BoldTextThatIsNoLabelStaysProse) {
  Document d = run("Harbour news\n**Breaking** the fees rise in March.\n**Note** that the quays close early.\n");
  for (const auto& p : d.paragraphs) EXPECT_EQ(p.speaker, "");
}

}  // namespace
