// Speakers linked to the entities they are, and wire credits read as authors (invented articles:
// unit tests of the mechanisms; the real-corpus figures come from bench/quality_real.py).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "parley/analyzer.h"
#include "parley/document.h"

namespace {

using parley::Analyzer;
using parley::Document;
using parley::Role;

const parley::Speaker* find_role(const Document& d, Role role) {
  for (const auto& s : d.speakers)
    if (s.role == role) return &s;
  return nullptr;
}

std::vector<std::string> guest_names(const Document& d) {
  std::vector<std::string> out;
  for (const auto& g : d.meta.guests) out.push_back(g.name);
  return out;
}

TEST(SpeakerLinks, SurnameLabelTakesThePersonsFullName) {
  Analyzer a;
  Document d = a.analyze(
      "Briefing by Press Secretary Dana Whitlock\n"
      "Press Secretary Dana Whitlock met reporters on Tuesday.\n"
      "MS. WHITLOCK: Good afternoon. I have one announcement before questions.\n"
      "Q: Will the talks resume this week?\n"
      "MS. WHITLOCK: They will resume on Thursday.\n"
      "Q: And the budget?\n"
      "MS. WHITLOCK: That is for Congress.\n");
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Dana Whitlock");
  EXPECT_EQ(guest_names(d), std::vector<std::string>{"Dana Whitlock"});
}

TEST(SpeakerLinks, TwoPeopleSharingTheSurnameKeepTheLabel) {
  Analyzer a;
  Document d = a.analyze(
      "The Whitlock siblings on their bakery\n"
      "Dana Whitlock and Omar Whitlock run a bakery in Leeds.\n"
      "Interviewer: How did it start?\n"
      "WHITLOCK: With one oven.\n"
      "Interviewer: And now?\n"
      "WHITLOCK: Six ovens.\n");
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "WHITLOCK");
}

TEST(SpeakerLinks, GivenNameAndInitialsLabels) {
  Analyzer a;
  Document d = a.analyze(
      "Two founders on open hardware\n"
      "Martina Oduya spoke with Piet Vandersloot and Kate Grummond, who run Loomwork Labs.\n"
      "Martina: Why open hardware?\n"
      "Piet: Because users fix what they can read.\n"
      "Martina: And the business side?\n"
      "KG: We sell support, not secrets.\n"
      "Martina: Thank you both.\n"
      "Piet: Thank you.\n"
      "KG: Thanks.\n");
  std::vector<std::string> names;
  for (const auto& s : d.speakers) names.push_back(s.name);
  EXPECT_NE(std::find(names.begin(), names.end(), "Piet Vandersloot"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Kate Grummond"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Martina Oduya"), names.end());
}

TEST(SpeakerLinks, ShortCapitalsLabelThatIsNoOnesInitialsIsAGivenName) {
  // "LEO" has the shape of initials, but no one's initials are "leo": it is the guest's given name,
  // introduced by the host in her first turn.
  Analyzer a;
  Document d = a.analyze(
      "Episode 40: the sea is rising\n"
      "NORA: Welcome to Deep Water. I am Nora Castell. My guest today is oceanographer Leo Brandvik of the "
      "Tromso marine lab. Leo, welcome.\n"
      "LEO: Thanks, Nora. Glad to be here.\n"
      "NORA: How fast is the sea rising?\n"
      "LEO: About four millimetres a year, and faster each decade.\n"
      "NORA: What does that mean for ports?\n"
      "LEO: Higher walls, and some will move.\n");
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Leo Brandvik");
  EXPECT_EQ(guest_names(d), std::vector<std::string>{"Leo Brandvik"});
}

TEST(SpeakerLinks, AnonymousGuestIsThePersonTheHeadlineNames) {
  Analyzer a;
  Document d = a.analyze(
      "Interview: Anna Brekke on the cold winter ahead\n"
      "Brekke, an energy analyst, has followed the gas market for twenty years.\n"
      "Q: Will prices rise?\n"
      "A: They will, slowly, through March.\n"
      "Q: Why?\n"
      "A: Storage is low across the region.\n");
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Anna Brekke");
  EXPECT_EQ(guest_names(d), std::vector<std::string>{"Anna Brekke"});
}

TEST(SpeakerLinks, AnonymousInterviewerIsTheOneAuthor) {
  Analyzer a;
  Document d = a.analyze(
      "The long road to the coast\n"
      "By Ruth Okafor\n"
      "Q: Why walk the whole coast?\n"
      "A: To see it change mile by mile.\n"
      "Q: What surprised you?\n"
      "A: The kindness of strangers.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  ASSERT_NE(asker, nullptr);
  EXPECT_EQ(asker->name, "Ruth Okafor");
}

TEST(SpeakerLinks, JournalistsWhoNameThemselvesAreTheirOwnAskers) {
  Analyzer a;
  Document d = a.analyze(
      "Press conference of the central bank governor\n"
      "Governor Lina Halloway spoke to reporters on Wednesday after the rate decision.\n"
      "Q: Thank you. Anna Berg, Nordic Times. Will rates fall this year?\n"
      "A: We will see how the data come in.\n"
      "Q: Hi, Tom Varga with Baltic Wire. And the currency?\n"
      "A: The currency is not a target.\n"
      "Q: Anna Berg, Nordic Times, again. What about wages?\n"
      "A: Wages are rising.\n");
  std::vector<std::string> askers;
  for (const auto& p : d.paragraphs)
    if (p.kind == parley::ParagraphKind::kQuestion)
      for (const auto& s : d.speakers)
        if (s.id == p.speaker) askers.push_back(s.name);
  EXPECT_EQ(askers, (std::vector<std::string>{"Anna Berg", "Tom Varga", "Anna Berg"}));
  for (const auto& s : d.speakers) EXPECT_NE(s.name, "Q");  // the anonymous asker is gone
}

TEST(SpeakerLinks, AskerWhoThanksTheSpokespersonByNameStillNamesHimself) {
  Analyzer a;
  Document d = a.analyze(
      "Briefing with Spokesperson Ned Hollis\n"
      "MR HOLLIS: Good afternoon, everyone. Just one thing at the top.\n"
      "QUESTION: Thank you, Ned. Anna Berg, Nordic Times. On the talks, is there a date?\n"
      "MR HOLLIS: Not yet.\n"
      "QUESTION: Hi, Ned. Tom Varga with Harbour Review. Will the envoy travel?\n"
      "MR HOLLIS: He will travel next week.\n");
  std::vector<std::string> askers;
  for (const auto& p : d.paragraphs)
    if (p.kind == parley::ParagraphKind::kQuestion)
      for (const auto& s : d.speakers)
        if (s.id == p.speaker) askers.push_back(s.name);
  EXPECT_EQ(askers, (std::vector<std::string>{"Anna Berg", "Tom Varga"}));
}

TEST(SpeakerLinks, AnonymousInterviewerIsTheOutletTheIntroNames) {
  Analyzer a;
  Document d = a.analyze(
      "The cartographer who maps the sea floor\n"
      "Harbour Review spoke with Anna Brekke about twenty years of surveys in the north.\n"
      "Q: Where did it start?\n"
      "A: On a fishing boat, with a borrowed echo sounder.\n"
      "Q: And now?\n"
      "A: Now we map from drones.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  ASSERT_NE(asker, nullptr);
  EXPECT_EQ(asker->name, "Harbour Review");
}

TEST(SpeakerLinks, AnonymousInterviewerIsTheOutletTheTitleSaysItIsFor) {
  Analyzer a;
  Document d = a.analyze(
      "Interview to the Orbis News Agency\n"
      "President Halvard Menke spoke about his visit to Lisbon next week.\n"
      "Question: Mr President, how do you see the talks?\n"
      "Halvard Menke: I expect them to be difficult but useful.\n"
      "Question: And the trade dispute?\n"
      "Halvard Menke: We will settle it.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  ASSERT_NE(asker, nullptr);
  EXPECT_EQ(asker->name, "Orbis News Agency");
}

TEST(SpeakerLinks, AnonymousInterviewerIsTheOutletTheGuestTold) {
  Analyzer a;
  Document d = a.analyze(
      "The harbour needs a second quay\n"
      "Harbour master Piet Lindqvist told the Coastal Herald about his plans for the port.\n"
      "Q: What is wrong with the harbour?\n"
      "A: It is too small for the ships that come now.\n"
      "Q: What would you build?\n"
      "A: A second quay, and a new road.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  ASSERT_NE(asker, nullptr);
  EXPECT_EQ(asker->name, "Coastal Herald");
}

TEST(SpeakerLinks, PersonWhoSpokeToTheNewspaperIsTheGuest) {
  Analyzer a;
  Document d = a.analyze(
      "The clinics are running out of nurses\n"
      "Health Minister Eva Novak spoke to the Harbor Times about the hospital crisis.\n"
      "Q: How bad is the shortage?\n"
      "A: It is very bad. We lack two thousand nurses.\n"
      "Q: What will you do?\n"
      "A: We will hire abroad and raise wages.\n");
  const auto* guest = find_role(d, Role::kGuest);
  const auto* asker = find_role(d, Role::kInterviewer);
  ASSERT_NE(guest, nullptr);
  ASSERT_NE(asker, nullptr);
  EXPECT_EQ(guest->name, "Eva Novak");
  EXPECT_EQ(asker->name, "Harbor Times");
  EXPECT_EQ(guest_names(d), std::vector<std::string>{"Eva Novak"});
}

TEST(SpeakerLinks, EveryJournalistWhoNamesHimselfAndHisOutletAsks) {
  Analyzer a;
  Document d = a.analyze(
      "Governor Holds Press Conference on Flood Relief\n"
      "Governor Marta Olsen answered reporters' questions in Bergheim on Monday.\n"
      "Moderator: Good afternoon. Please name yourself and your outlet.\n"
      "Governor Olsen: Thank you. Four towns were flooded.\n"
      "Question: Peter Lind, Valley Courier. When will the bridges reopen?\n"
      "Governor Olsen: The main bridge reopens on Friday.\n"
      "Question: Thank you. Sara Holm with Radio Nord. How much money has the state set aside?\n"
      "Governor Olsen: Forty million so far.\n"
      "Question: Ivo Brandt, Evening Post. Will there be an inquiry?\n"
      "Governor Olsen: Yes, the parliament will hold one.\n");
  std::vector<std::string> askers;
  for (const auto& p : d.paragraphs)
    if (p.kind == parley::ParagraphKind::kQuestion)
      for (const auto& s : d.speakers)
        if (s.id == p.speaker) askers.push_back(s.name);
  // The third name is no PERSON entity ("Brandt" reads as an organisation), yet it names its asker.
  EXPECT_EQ(askers, (std::vector<std::string>{"Moderator", "Peter Lind", "Sara Holm", "Ivo Brandt"}));
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Marta Olsen");
}

TEST(SpeakerLinks, NumberedAskerLabelsTakeTheNamesTheJournalistsGive) {
  Analyzer a;
  Document d = a.analyze(
      "Press conference of the national coach\n"
      "Coach Tomas Berg met reporters after the match on Sunday.\n"
      "Berg: Good evening. I am proud of the team tonight.\n"
      "Q1: Tomas, Jan Novy from Sport Daily. Why did you change the goalkeeper?\n"
      "Berg: He was injured in the warm-up.\n"
      "Q2: Lena Fiala, Radio Praha. Is the captain fit for Wednesday?\n"
      "Berg: We will know tomorrow.\n");
  std::vector<std::string> askers;
  for (const auto& p : d.paragraphs)
    if (p.kind == parley::ParagraphKind::kQuestion)
      for (const auto& s : d.speakers)
        if (s.id == p.speaker) askers.push_back(s.name);
  // The coach greeted by his first name is not the one asking.
  EXPECT_EQ(askers, (std::vector<std::string>{"Jan Novy", "Lena Fiala"}));
  for (const auto& s : d.speakers) EXPECT_TRUE(s.name != "Q1" && s.name != "Q2") << s.name;
}

TEST(SpeakerLinks, DashAnswersAreThePersonTheDekPresentsOnce) {
  Analyzer a;
  Document d = a.analyze(
      "Wind farms divide the valley\n"
      "Environmental activist Jana Horak has fought the wind farm project for five years. We asked her why.\n"
      "- Why do you oppose the project?\n"
      "- I do not oppose wind power. I oppose this project, because it destroys the forest where I grew up.\n"
      "- The company says the forest will be replanted.\n"
      "- They said the same thing ten years ago in the next valley. I went there last month and saw nothing.\n"
      "- What will you do next?\n"
      "- We will go to court. Our lawyers are ready.\n");
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Jana Horak");
  EXPECT_EQ(guest_names(d), std::vector<std::string>{"Jana Horak"});
}

TEST(SpeakerLinks, AnonymousGuestIsThePersonTheClosingNarrationNames) {
  Analyzer a;
  Document d = a.analyze(
      "The soprano's return\n"
      "After three years away, the singer returns to the stage this week.\n"
      "Q: Why did you stop singing?\n"
      "A: My voice needed rest. I had sung too much, too young.\n"
      "Q: What brought you back?\n"
      "A: A letter from a student. I read it and cried.\n"
      "Maria Lenz will sing at the Opera House on Friday.\n");
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Maria Lenz");
}

TEST(SpeakerLinks, JournalistWithTheNewspaperNamesHimself) {
  Analyzer a;
  Document d = a.analyze(
      "Budget talks stall\n"
      "Finance Minister Ruth Adler held a news conference on Tuesday.\n"
      "MODERATOR: The minister will take a few questions. Yes, in the front row.\n"
      "QUESTION: Thank you. Karl Mayer with the Morning Star. Is the deficit rising?\n"
      "ADLER: It is stable.\n"
      "MODERATOR: Next question, please.\n"
      "QUESTION: Hi, Nina Roth, Daily Courier. When will the budget pass?\n"
      "ADLER: In June, I hope.\n");
  std::vector<std::string> askers;
  for (const auto& p : d.paragraphs)
    if (p.kind == parley::ParagraphKind::kQuestion)
      for (const auto& s : d.speakers)
        if (s.id == p.speaker) askers.push_back(s.name);
  EXPECT_EQ(askers, (std::vector<std::string>{"MODERATOR", "Karl Mayer", "MODERATOR", "Nina Roth"}));
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Ruth Adler");
}

TEST(SpeakerLinks, DashInterviewerIsTheOutletTheGuestSpokeWithEvenUnread) {
  Analyzer a;
  Document d = a.analyze(
      "The trade minister on tariffs\n"
      "Ahead of the summit, Trade Minister Lukas Brenner spoke with Nordic Review.\n"
      "\u2014 Minister, will you raise tariffs?\n"
      "\u2014 We do not want to. I believe free trade serves us all, and I have said so many times.\n"
      "\u2014 And if the others raise theirs?\n"
      "\u2014 Then we will answer. We are ready.\n");
  // "Nordic Review" is no entity: the words after "spoke with" name the outlet by their shape.
  const auto* asker = find_role(d, Role::kInterviewer);
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(asker, nullptr);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(asker->name, "Nordic Review");
  EXPECT_EQ(guest->name, "Lukas Brenner");
}

TEST(SpeakerLinks, DashInterviewerIsTheOutletThatTalkedToTheGuest) {
  Analyzer a;
  Document d = a.analyze(
      "Economist Ivan Petrov on the fuel crisis\n"
      "The Courier talked to economist Ivan Petrov about rising fuel prices.\n"
      "\u2014 Ivan, why are prices rising so fast?\n"
      "\u2014 The main cause is the weak currency. Imports cost more, and the pumps show it.\n"
      "\u2014 When will it end?\n"
      "\u2014 I expect a slowdown by spring. Our models point that way.\n");
  // "Courier" is no entity: the words that open the sentence before "talked to" name the outlet by
  // their shape, a profession allowed between the verb and the guest's name.
  const auto* asker = find_role(d, Role::kInterviewer);
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(asker, nullptr);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(asker->name, "Courier");
  EXPECT_EQ(guest->name, "Ivan Petrov");
}

TEST(SpeakerLinks, DashInterviewerIsTheOutletOfAnInterviewWithThe) {
  // "the" before the capitalised words: an outlet, not the person the interview is with.
  Analyzer a;
  Document d = a.analyze(
      "The krona will recover by summer\n"
      "Economist Sven Aldgren said in an interview with the Evening Courier that the currency will recover.\n"
      "\u2014 Why did the krona fall?\n"
      "\u2014 Oil got cheaper, and exporters sold less currency.\n"
      "\u2014 Will it recover?\n"
      "\u2014 Yes, by the summer. The budget rule will help.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(asker, nullptr);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(asker->name, "Evening Courier");
  EXPECT_EQ(guest->name, "Sven Aldgren");
}

TEST(SpeakerLinks, OutletsJournalistTheGuestSatDownWithAsks) {
  Analyzer a;
  Document d = a.analyze(
      "Talks with the union leader\n"
      "Union leader Sofia Brandt sat down with Radio Nord's Erik Lund on Monday.\n"
      "LUND: Is a strike coming?\n"
      "BRANDT: Not this month.\n"
      "LUND: And next month?\n"
      "BRANDT: That depends on the employers.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(asker, nullptr);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(asker->name, "Erik Lund");
  EXPECT_EQ(guest->name, "Sofia Brandt");
  EXPECT_EQ(guest_names(d), std::vector<std::string>{"Sofia Brandt"});
}

TEST(SpeakerLinks, DashInterviewerIsTheOutletTheGuestExplainedTo) {
  Analyzer a;
  Document d = a.analyze(
      "Economist Ivan Sorokin: prices will rise until spring\n"
      "The economist Ivan Sorokin, head of a market institute, explained to Vesti Ekonomika why prices rise.\n"
      "- Ivan Petrovich, why are prices rising?\n"
      "- The main reason is the weak ruble. Imports became more expensive, and we feel it in the shops.\n"
      "- When will it stop?\n"
      "- I think by spring. Our models show a slowdown from March.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(asker, nullptr);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(asker->name, "Vesti Ekonomika");
  EXPECT_EQ(guest->name, "Ivan Sorokin");
}

TEST(SpeakerLinks, JournalistWhoAskedHerIsNoGuestAndSheIs) {
  Analyzer a;
  Document d = a.analyze(
      "Interview: housing in the old town\n"
      "Anna Weber has been mayor of the town since 2019. Our reporter Michael Brandt asked her about housing.\n"
      "Q: Why are rents so high?\n"
      "A: Because we build too little. I want to change that.\n"
      "Q: How?\n"
      "A: With a city housing company.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(asker, nullptr);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(asker->name, "Michael Brandt");
  EXPECT_EQ(guest->name, "Anna Weber");
}

TEST(SpeakerLinks, JournalistWhoGaveHisOutletBeforeNamesHimselfAloneAgain) {
  Analyzer a;
  Document d = a.analyze(
      "Press briefing by the health minister\n"
      "Health Minister Olga Ren held a briefing on Monday.\n"
      "Olga Ren: Good morning. Cases fell again this week.\n"
      "Q: Minister, Tom Hale from Channel Five. When will schools reopen?\n"
      "Ren: Next month, if the figures hold.\n"
      "Q: Kate Moss, City Radio. Will masks stay?\n"
      "Ren: In hospitals, yes.\n"
      "Q: Tom Hale again. And the vaccine for children?\n"
      "Ren: We expect a decision in June.\n");
  std::vector<std::string> askers;
  for (const auto& p : d.paragraphs)
    if (p.kind == parley::ParagraphKind::kQuestion)
      for (const auto& s : d.speakers)
        if (s.id == p.speaker) askers.push_back(s.name);
  EXPECT_EQ(askers, (std::vector<std::string>{"Tom Hale", "Kate Moss", "Tom Hale"}));
}

TEST(SpeakerLinks, HeadlineThatGivesAPersonTheFloorNamesTheDashGuest) {
  Analyzer a;
  Document d = a.analyze(
      "Ivan Petrov: \"The harvest will be good\"\n"
      "The head of the farmers' union talked about the season.\n"
      "- How is the harvest?\n"
      "- Good. I have not seen such wheat for ten years, and my neighbours say the same.\n"
      "- And prices?\n"
      "- Prices are falling, and that worries us.\n");
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Ivan Petrov");
}

TEST(SpeakerLinks, HeadlineInterviewWithAPersonNamesTheAnonymousGuest) {
  Analyzer a;
  Document d = a.analyze(
      "Interview with Dr. Tomas Lind\n"
      "Question: Doctor, how did the epidemic start?\n"
      "Answer: With a single case in the port.\n"
      "Question: Could it have been stopped?\n"
      "Answer: Perhaps, with faster tests.\n");
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Tomas Lind");
}

TEST(Examiners, HeadingNamesWhoAsksAndTheRoleLabelIsThatPerson) {
  Analyzer a;
  Document d = a.analyze(
      "Hearing of the Harbour Panel, day four\n"
      "Sir Aldo Brink: Good morning.\n"
      "Ms Okafor: May I call the next witness, Tomas Ferreira.\n"
      "Sir Aldo Brink: Please go ahead.\n"
      "Questions from Counsel to the Panel\n"
      "Ms Okafor: Please give your full name.\n"
      "Mr Tomas Ferreira: Tomas Ferreira.\n"
      "Counsel Panel: Thank you. You ran the harbour office from 2015?\n"
      "Mr Tomas Ferreira: That is right.\n"
      "Counsel Panel: Who decided on the second quay?\n"
      "Mr Tomas Ferreira: The board did, in the spring.\n");
  std::vector<std::string> askers;
  for (const auto& p : d.paragraphs)
    if (p.kind == parley::ParagraphKind::kQuestion)
      for (const auto& s : d.speakers)
        if (s.id == p.speaker) askers.push_back(s.name);
  EXPECT_EQ(askers, (std::vector<std::string>{"Aldo Brink", "Okafor", "Aldo Brink", "Okafor", "Okafor", "Okafor"}));
  for (const auto& s : d.speakers) EXPECT_NE(s.name, "Counsel Panel");
  EXPECT_EQ(guest_names(d), std::vector<std::string>{"Tomas Ferreira"});
}

TEST(SpeakerLinks, AnonymousInterviewerIsThePersonWhoMetTheGuest) {
  Analyzer a;
  Document d = a.analyze(
      "The cartographer of the deep\n"
      "Anna Brekke has mapped the sea floor for twenty years. Olga Sten met her in Bergen.\n"
      "Q: Where did it start?\n"
      "A: On a fishing boat, with a borrowed echo sounder.\n"
      "Q: And now?\n"
      "A: Now we map from drones.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  ASSERT_NE(asker, nullptr);
  EXPECT_EQ(asker->name, "Olga Sten");
}

TEST(SpeakerLinks, AnonymousInterviewerIsWhoTheArticleSaysConductedIt) {
  Analyzer a;
  Document d = a.analyze(
      "The cartographer of the deep\n"
      "Anna Brekke has mapped the sea floor for twenty years.\n"
      "Q: Where did it start?\n"
      "A: On a fishing boat, with a borrowed echo sounder. The survey was conducted by Lars Holm.\n"
      "Q: And now?\n"
      "A: Now we map from drones.\n"
      "This interview was conducted by Tom Varga and has been edited for clarity.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  ASSERT_NE(asker, nullptr);
  EXPECT_EQ(asker->name, "Tom Varga");
}

TEST(SpeakerLinks, AnswerThatAddressesTheAskerByNameNamesThatExchange) {
  Analyzer a;
  Document d = a.analyze(
      "Briefing by Press Secretary Dana Whitlock and Minister Piet Lindqvist\n"
      "MS. WHITLOCK: Good morning. The minister will start.\n"
      "MINISTER LINDQVIST: Thank you. The harbour opens in May.\n"
      "Q: Minister, why only one quay?\n"
      "MINISTER LINDQVIST: Because one is what the budget allows.\n"
      "Q: Why not ask for more?\n"
      "MS. WHITLOCK: I will take that one.\n"
      "Q: You could ask Congress.\n"
      "MS. WHITLOCK: As I told you, Frank, the budget decides.\n");
  std::vector<std::string> askers;
  for (const auto& p : d.paragraphs)
    if (p.kind == parley::ParagraphKind::kQuestion)
      for (const auto& s : d.speakers)
        if (s.id == p.speaker) askers.push_back(s.name);
  EXPECT_EQ(askers, (std::vector<std::string>{"Q", "Frank", "Frank"}));
}

TEST(SpeakerLinks, OutletTheGuestSpokeToAsksUnderItsNameAndInitials) {
  Analyzer a;
  Document d = a.analyze(
      "The researcher who wants to slow down the machines\n"
      "By Maja Lund\n"
      "Erik Sandvik runs a small lab in Oslo. He spoke to Harbour Review about risk.\n"
      "Harbour Review: When did you start to worry?\n"
      "Erik Sandvik: About ten years ago.\n"
      "Harbour Review: What changed?\n"
      "Sandvik: The speed. Nobody expected it.\n"
      "HR: And what should be done?\n"
      "Sandvik: Slow down and measure.\n");
  std::vector<std::string> askers;
  for (const auto& p : d.paragraphs)
    if (p.kind == parley::ParagraphKind::kQuestion)
      for (const auto& s : d.speakers)
        if (s.id == p.speaker) askers.push_back(s.name);
  EXPECT_EQ(askers, (std::vector<std::string>{"Harbour Review", "Harbour Review", "Harbour Review"}));
  EXPECT_EQ(guest_names(d), std::vector<std::string>{"Erik Sandvik"});
}

TEST(SpeakerLinks, AnonymousGuestIsTheOnePersonTheIntroNamesOnce) {
  Analyzer a;
  Document d = a.analyze(
      "The researcher who wants to slow down the machines\n"
      "By Maja Lund\n"
      "Erik Sandvik runs a small lab in Oslo.\n"
      "Maja Lund: When did you start to worry?\n"
      "About ten years ago, when the first systems beat us at games. I was at a conference in Lyon.\n"
      "What changed?\n"
      "The speed. Nobody expected it. We had planned for twenty years and it took five.\n"
      "And what should be done?\n"
      "Slow down and measure. I say this to every minister who listens.\n");
  const auto* guest = find_role(d, Role::kGuest);
  ASSERT_NE(guest, nullptr);
  EXPECT_EQ(guest->name, "Erik Sandvik");
}

TEST(SpeakerLinks, OneWordLabelTakesTheFullNameTheIntroWritesOut) {
  Analyzer a;
  Document d = a.analyze(
      "The club that keeps the old boats sailing\n"
      "By Maja Lund\n"
      "Ola Nesvik and Zoltaan Vrindavi lead the boat club on the fjord.\n"
      "Maja met both of them at the harbour.\n"
      "Maja: Is the club dying?\n"
      "Ola: No, it changes with the boats.\n"
      "Zoltaan: The members stay the same.\n"
      "Maja: What comes next?\n"
      "Zoltaan: A new slipway, and a winter school.\n"
      "Ola: And fewer meetings.\n");
  std::vector<std::string> names = guest_names(d);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"Ola Nesvik", "Zoltaan Vrindavi"}));
}

TEST(SpeakerLinks, AtABriefingTheAnonymousAskerIsNotTheReleasesAuthor) {
  Analyzer a;
  Document d = a.analyze(
      "Briefing by Press Secretary Dana Whitlock and Minister Piet Lindqvist\n"
      "By Maja Lund\n"
      "MS. WHITLOCK: Good morning. The minister will start.\n"
      "MINISTER LINDQVIST: Thank you. The harbour opens in May.\n"
      "Q: Minister, why only one quay?\n"
      "MINISTER LINDQVIST: Because one is what the budget allows.\n"
      "Q: And the road?\n"
      "MS. WHITLOCK: That is for the council.\n");
  const auto* asker = find_role(d, Role::kInterviewer);
  ASSERT_NE(asker, nullptr);
  EXPECT_EQ(asker->name, "Q");
}

TEST(WireCredits, ReportersInTheLeadAreTheAuthors) {
  Analyzer a;
  Document d = a.analyze(
      "Port cities tighten their rules\n"
      "Harbin Daily, Harbin, March 3 (reporters: Lin Qiaoyu and Fen Dawei, photographer: Mo Lan) The city "
      "announced new rules on Monday.\n"
      "The rules take effect next week.\n");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Lin Qiaoyu", "Fen Dawei"}));
}

TEST(WireCredits, AgencyOfTheLeadWhenNoByline) {
  Analyzer a;
  Document d = a.analyze(
      "Regional council approves the bridge budget\n"
      "TOMSK, April 2. /NORDPRESS/. The regional council approved the budget on Tuesday.\n"
      "Work starts in May.\n");
  EXPECT_EQ(d.meta.authors, std::vector<std::string>{"NORDPRESS"});
  EXPECT_EQ(d.meta.title, "Regional council approves the bridge budget");
}

TEST(WireCredits, OutletAfterTheBylineNamesIsNoAuthor) {
  Analyzer a;
  Document d = a.analyze(
      "Storm closes the mountain pass\n"
      "By Alma Reyes and Tobias Lind, WXN\n"
      "The pass closed on Friday night.\n");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Alma Reyes", "Tobias Lind"}));
}

TEST(WireCredits, NamedOutletAfterTheBylineNameIsNoAuthor) {
  Analyzer a;
  Document d = a.analyze(
      "Mayor Piotr Malek: the port cannot wait\n"
      "By Clara Weiss, Harbor Times\n"
      "Mr. Malek: I have watched the port decline for ten years.\n"
      "Q: Who will pay for it?\n"
      "Mr. Malek: The city and the region.\n"
      "Q: And the residents?\n"
      "Mr. Malek: They will be heard.\n");
  EXPECT_EQ(d.meta.authors, (std::vector<std::string>{"Clara Weiss"}));
  const auto* asker = find_role(d, Role::kInterviewer);
  ASSERT_NE(asker, nullptr);
  EXPECT_EQ(asker->name, "Clara Weiss");
}

TEST(WireCredits, HeadlineEndingWithAPointBeforeAWireLead) {
  Analyzer a;
  Document d = a.analyze(
      "Nine hundred families still wait for their new homes.\n"
      "(Coastal Herald on the 4th) According to the housing office, the delays began in May.\n"
      "The office promised a date next week.\n");
  EXPECT_EQ(d.meta.title, "Nine hundred families still wait for their new homes.");
}

}  // namespace

namespace {

std::string speaker_name_at(const Document& d, std::size_t para) {
  for (const auto& s : d.speakers)
    if (s.id == d.paragraphs.at(para).speaker) return s.name;
  return "";
}

// A moderator gives the floor by name and outlet: the anonymous "Q" turns after the call are that
// journalist's, until the next call; the moderator's own turns stay the moderator's.
TEST(SpeakerAskers, AModeratorsCallNamesTheNextAsker) {
  Analyzer a;
  Document d = a.analyze(
      "Press gaggle with Port Spokesman Tomas Vilkas\n"
      "MODERATOR:  Thank you.  Our first question will go to Lena Haug with Harbour Radio.\n"
      "Q    Thanks.  Will the fees rise in March?\n"
      "MR. VILKAS:  They will, by a small amount.\n"
      "Q    And for the fishing boats?\n"
      "MR. VILKAS:  Not for them.\n"
      "MODERATOR:  Thank you.  Our next question will go to Omar Reyes with the Coast Gazette.\n"
      "Q    When do the repairs start?\n"
      "MR. VILKAS:  In April.\n");
  EXPECT_EQ(speaker_name_at(d, 1), "MODERATOR");
  EXPECT_EQ(speaker_name_at(d, 2), "Lena Haug");
  EXPECT_EQ(speaker_name_at(d, 4), "Lena Haug");
  EXPECT_EQ(speaker_name_at(d, 6), "MODERATOR");
  EXPECT_EQ(speaker_name_at(d, 7), "Omar Reyes");
}

}  // namespace
