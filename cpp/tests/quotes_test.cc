// Direct quotations: marks, attribution patterns, speakers, cues and channels.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "parley/analyzer.h"
#include "pipeline.h"
#include "quotes/quotes.h"
#include "structure/structure.h"

namespace {

struct Q {
  std::string text;
  std::string kind;
  std::string speaker;
  std::string speaker_text;
  std::string cue;
  std::string channel;
  bool closed = true;
};

struct Result {
  parley::Document doc;
  std::vector<Q> quotes;
  const Q* find(std::string_view text) const {
    for (const auto& q : quotes)
      if (q.text == text) return &q;
    return nullptr;
  }
  int warnings(std::string_view code) const {
    int n = 0;
    for (const auto& w : doc.warnings) n += w.code == code;
    return n;
  }
};

Result run(std::string_view text, const parley::Analyzer& analyzer) {
  Result r{analyzer.analyze(text), {}};
  for (const auto& q : r.doc.quotes) {
    Q out;
    out.text = std::string(r.doc.slice(q.start, q.end));
    out.kind = std::string(parley::to_string(q.kind));
    out.speaker = q.speaker;
    out.speaker_text = q.speaker_text;
    if (q.speaker_start >= 0) {
      EXPECT_EQ(std::string(r.doc.slice(q.speaker_start, q.speaker_end)), q.speaker_text);
    }
    out.cue = q.cue;
    out.channel = q.channel;
    out.closed = q.closed;
    r.quotes.push_back(out);
  }
  return r;
}

// The quotes stage after structure and turns. Entities are left out here so that
// these tests pin the stage's own mechanism (speaker_text, cue, channel, kind);
// resolution through entities is tested below with entities given, and on the
// corpus with the whole pipeline (quotes_corpus_test.cc).
parley::Options no_entities() {
  parley::Options o;
  o.entities = false;
  return o;
}

Result run(std::string_view text) {
  static const parley::Analyzer analyzer(no_entities());
  return run(text, analyzer);
}

#define EXPECT_QUOTE(r, text_, kind_, speaker_text_, cue_) \
  do {                                                     \
    const Q* q_ = (r).find(text_);                         \
    ASSERT_NE(q_, nullptr) << "no quote: " << (text_);    \
    EXPECT_EQ(q_->kind, kind_) << (text_);                 \
    EXPECT_EQ(q_->speaker_text, speaker_text_) << (text_); \
    EXPECT_EQ(q_->cue, cue_) << (text_);                   \
  } while (0)

// --- attribution patterns ----------------------------------------------------

TEST(Quotes, SpeakerCueColon) {
  Result r = run("Helen Park wrote on the social platform Bluesky: \"The vote will happen on Friday.\"\n");
  EXPECT_QUOTE(r, "The vote will happen on Friday.", "quotation", "Helen Park", "wrote");
  EXPECT_EQ(r.find("The vote will happen on Friday.")->channel, "Bluesky");
}

TEST(Quotes, QuoteThenSpeakerThenCue) {
  Result r = run("\"We will not give up the port,\" Omar Haddad said on Tuesday.\n");
  EXPECT_QUOTE(r, "We will not give up the port", "quotation", "Omar Haddad", "said");
}

TEST(Quotes, QuoteThenCueThenSpeaker) {
  Result r = run("\"The talks are over for now,\" said one senior European diplomat.\n");
  EXPECT_QUOTE(r, "The talks are over for now", "quotation", "one senior European diplomat", "said");
}

TEST(Quotes, QuoteThenPronounCue) {
  Result r = run("Mr Lindqvist left the room early. \"I have nothing more to add,\" he told reporters.\n");
  EXPECT_QUOTE(r, "I have nothing more to add", "quotation", "he", "told");
  EXPECT_EQ(r.find("I have nothing more to add")->channel, "");  // "reporters" is no outlet
}

TEST(Quotes, SpeakerCueThat) {
  Result r = run("Prime Minister Keir Jansen insisted that \"the budget is balanced and fair to everyone.\"\n");
  // Without entities the whole capitalised phrase names the speaker; with a PERSON mention it narrows to it.
  EXPECT_QUOTE(r, "the budget is balanced and fair to everyone.", "quotation", "Prime Minister Keir Jansen",
               "insisted");
}

TEST(Quotes, PartialQuoteInsideTheSentence) {
  Result r = run("Regarding the earlier round, Rubio called them \"not a waste of time.\"\n");
  EXPECT_QUOTE(r, "not a waste of time.", "quotation", "Rubio", "called");
}

TEST(Quotes, SeveralPartialQuotesShareTheSentenceCue) {
  Result r = run(
      "Later, the US Secretary of State told CBS that he hoped the \"ceasefire conditions\" set by both sides "
      "could \"come close enough,\" which he believed would promote \"wider negotiations.\"\n");
  for (const char* t : {"ceasefire conditions", "come close enough", "wider negotiations."}) {
    EXPECT_QUOTE(r, t, "quotation", "the US Secretary of State", "told");
    EXPECT_EQ(r.find(t)->channel, "CBS");
  }
}

TEST(Quotes, AccordingTo) {
  Result r = run("\"Prices will keep rising until spring,\" according to Maria Lopez.\n"
                 "According to the central bank, \"inflation has peaked and will now slowly fall.\"\n");
  EXPECT_QUOTE(r, "Prices will keep rising until spring", "quotation", "Maria Lopez", "according to");
  EXPECT_QUOTE(r, "inflation has peaked and will now slowly fall.", "quotation", "the central bank", "according to");
}

TEST(Quotes, AsHePutIt) {
  Result r = run("Trump spoke about Kyiv again. As he put it, \"no cards left...\"\n");
  EXPECT_QUOTE(r, "no cards left...", "quotation", "he", "put it");
}

TEST(Quotes, SecondSentenceOfTheSameSpeaker) {
  Result r = run("\"We have done our part,\" she said. \"Now it is up to Moscow to act.\"\n");
  EXPECT_QUOTE(r, "We have done our part", "quotation", "she", "said");
  EXPECT_QUOTE(r, "Now it is up to Moscow to act.", "quotation", "she", "said");
}

TEST(Quotes, QuoteAfterAParagraphEndingWithAColon) {
  Result r = run("The minister, Ana Ruiz, wrote in a statement:\n\"Our doors remain open to every partner.\"\n");
  EXPECT_QUOTE(r, "Our doors remain open to every partner.", "quotation", "Ana Ruiz", "wrote");
}

TEST(Quotes, ApposedTitleBetweenNameAndCue) {
  Result r = run("Dmitry Peskov, the Kremlin spokesman, said: \"The dialogue is being prepared.\"\n");
  EXPECT_QUOTE(r, "The dialogue is being prepared.", "quotation", "Dmitry Peskov", "said");
}

TEST(Quotes, ExtraCueVerbsFromOptions) {
  parley::Options options = no_entities();
  options.cue_verbs = {"harrumphed"};
  parley::Analyzer custom(options);
  Result with = run("\"That is utter nonsense and everyone knows it,\" Lord Fenwick harrumphed.\n", custom);
  EXPECT_QUOTE(with, "That is utter nonsense and everyone knows it", "quotation", "Lord Fenwick", "harrumphed");
  Result without = run("\"That is utter nonsense and everyone knows it,\" Lord Fenwick harrumphed.\n");
  ASSERT_NE(without.find("That is utter nonsense and everyone knows it"), nullptr);
  EXPECT_EQ(without.find("That is utter nonsense and everyone knows it")->cue, "");
}

// --- channels ------------------------------------------------------------------

TEST(Quotes, Channels) {
  Result r = run(
      "\"We are ready to sign today,\" Smith said in an interview with CNN.\n"
      "Speaking to the BBC, Jones said: \"Nothing has changed at all since March.\"\n"
      "Lee told the Guardian that \"the market will recover within a year.\"\n"
      "Park said on Monday: \"We will meet again in Geneva next week.\"\n");
  EXPECT_EQ(r.find("We are ready to sign today")->channel, "CNN");
  EXPECT_EQ(r.find("Nothing has changed at all since March.")->channel, "the BBC");
  EXPECT_EQ(r.find("the market will recover within a year.")->channel, "the Guardian");
  EXPECT_EQ(r.find("We will meet again in Geneva next week.")->channel, "");  // a day is no channel
}

// --- kinds ---------------------------------------------------------------------

TEST(Quotes, ScareQuotesAndNames) {
  Result r = run(
      "The so-called \"process of easing international tensions\" has collapsed.\n"
      "Europe weighs US participation in the \"Nord Stream\" project.\n"
      "It is reported that this may involve the 22-point \"peace plan\" from April.\n"
      "He hopes to continue his \"march of victories\" this year.\n"
      "If the president emphasizes that the deal is his, he can once again \"sell\" it to voters.\n");
  for (const char* t : {"process of easing international tensions", "Nord Stream", "peace plan",
                        "march of victories", "sell"}) {
    const Q* q = r.find(t);
    ASSERT_NE(q, nullptr) << t;
    EXPECT_EQ(q->kind, "scare") << t;
    EXPECT_EQ(q->speaker_text, "") << t;
  }
}

TEST(Quotes, CognitionVerbAttributesOnlyAFullClause) {
  Result r = run(
      "Trump believes Monday will be a productive day, \"this brutal war will finally come to an end.\"\n"
      "Trump believes in \"strong borders\" above all.\n");
  EXPECT_QUOTE(r, "this brutal war will finally come to an end.", "quotation", "Trump", "believes");
  EXPECT_QUOTE(r, "strong borders", "scare", "", "");
}

TEST(Quotes, LongUnattributedQuoteIsAQuotation) {
  Result r = run("Posters read \"we will never forget what happened in this square\" across the city.\n");
  EXPECT_QUOTE(r, "we will never forget what happened in this square", "quotation", "", "");
}

TEST(Quotes, TitlesInQuotesAreScare) {
  Result r = run("Music: \"Stinkin',\" \"Talk Is Cheap,\" and \"Hangin'.\n");
  EXPECT_QUOTE(r, "Stinkin'", "scare", "", "");
  EXPECT_QUOTE(r, "Talk Is Cheap", "scare", "", "");
  ASSERT_NE(r.find("Hangin'."), nullptr);
  EXPECT_FALSE(r.find("Hangin'.")->closed);
  EXPECT_EQ(r.warnings("unmatched_quote"), 1);
}

// --- marks -----------------------------------------------------------------------

TEST(QuoteMarks, Guillemets) {
  Result r = run("Lavrov said: «The West is not ready for an honest conversation.» Talks ended.\n");
  EXPECT_QUOTE(r, "The West is not ready for an honest conversation.", "quotation", "Lavrov", "said");
}

TEST(QuoteMarks, LowNineMarks) {
  Result r = run("Der Minister sagte: „Wir schaffen das“ und ging.\n");
  EXPECT_NE(r.find("Wir schaffen das"), nullptr);
  EXPECT_EQ(r.warnings("unmatched_quote"), 0);
}

TEST(QuoteMarks, ReversedCurlyMarksOfAPullQuote) {
  Result r = run("”BRICS is a key element of the emerging multipolar world.“\n");
  EXPECT_NE(r.find("BRICS is a key element of the emerging multipolar world."), nullptr);
}

TEST(QuoteMarks, CurlySinglesWithApostrophesInside) {
  Result r = run("Cameron said: ‘We won’t back down, and Putin’s plan won’t work.’ He left.\n");
  EXPECT_QUOTE(r, "We won’t back down, and Putin’s plan won’t work.", "quotation", "Cameron", "said");
}

TEST(QuoteMarks, StraightSinglesAndApostrophes) {
  Result r = run("Kim said 'don't dwell on the '80s or on rock 'n' roll' and smiled.\n");
  EXPECT_NE(r.find("don't dwell on the '80s or on rock 'n' roll"), nullptr);
  EXPECT_EQ(r.quotes.size(), 1u);
  EXPECT_EQ(r.warnings("unmatched_quote"), 0);
}

TEST(QuoteMarks, ApostrophesAreNotQuotes) {
  Result r = run("Trump's team didn't say the students' union was O'Brien's or the BRICS' idea.\n");
  EXPECT_TRUE(r.quotes.empty());
  EXPECT_EQ(r.warnings("unmatched_quote"), 0);
}

TEST(QuoteMarks, PluralPossessiveInsideASingleQuote) {
  Result r = run("Officials called it ‘the farmers’ revolt against the capital’ in private.\n");
  EXPECT_NE(r.find("the farmers’ revolt against the capital"), nullptr);
}

TEST(QuoteMarks, NestedQuote) {
  Result r = run("Trump wrote: \"The talks will include ending the 'war' - a war that claims lives each week.\"\n");
  EXPECT_QUOTE(r, "The talks will include ending the 'war' - a war that claims lives each week.", "quotation",
               "Trump", "wrote");
  EXPECT_QUOTE(r, "war", "scare", "", "");
}

TEST(QuoteMarks, MultiParagraphQuote) {
  Result r = run(
      "'If this is a real ceasefire, that is welcome,' he said. 'But what matters is action on the ground.\n"
      "'Putin needs to know that the sanctions will stay in place.'\n"
      "Other news followed.\n");
  EXPECT_QUOTE(r, "If this is a real ceasefire, that is welcome", "quotation", "he", "said");
  EXPECT_QUOTE(r,
               "But what matters is action on the ground.\n'Putin needs to know that the sanctions will stay in "
               "place.",
               "quotation", "he", "said");
  EXPECT_EQ(r.warnings("unmatched_quote"), 0);
}

TEST(QuoteMarks, UnclosedQuoteStopsAtItsParagraph) {
  Result r = run(
      "Smith said \"this will never end and nobody will stop it.\n"
      "Next paragraph: Jones said \"it already ended last year\" and left.\n");
  const Q* first = r.find("this will never end and nobody will stop it.");
  ASSERT_NE(first, nullptr);
  EXPECT_FALSE(first->closed);
  EXPECT_EQ(first->speaker_text, "Smith");
  EXPECT_QUOTE(r, "it already ended last year", "quotation", "Jones", "said");
  EXPECT_TRUE(r.find("it already ended last year")->closed);
  EXPECT_EQ(r.warnings("unmatched_quote"), 1);
}

TEST(QuoteMarks, StrayClosingMarkIsReportedAndTolerated) {
  Result r = run("The end” came quickly. Then \"fine words\" were said about it.\n");
  EXPECT_NE(r.find("fine words"), nullptr);
  EXPECT_EQ(r.warnings("unmatched_quote"), 1);
}

TEST(QuoteMarks, EmptyQuotesAreNotQuotations) {
  Result r = run("He wrote \"\" in the box and \"yes\" below.\n");
  EXPECT_EQ(r.quotes.size(), 1u);
  EXPECT_NE(r.find("yes"), nullptr);
}

TEST(QuoteMarks, AdversarialMarksStayBounded) {
  for (std::string unit : {"\"", "“", "'", "‘", "”", "«", "\" \"", "“a ", "a’ ", "'x' "}) {
    std::string text;
    for (int i = 0; i < 200000; ++i) text += unit;
    Result r = run(text);
    EXPECT_LE(r.doc.warnings.size(), 51u) << unit;
    std::size_t covered = 0;
    for (const auto& q : r.doc.quotes) covered += static_cast<std::size_t>(q.end - q.start);
    EXPECT_LE(covered, 3 * static_cast<std::size_t>(r.doc.size())) << unit;  // nested at most 3 deep
  }
}

TEST(QuoteMarks, OffsetsAreCodePoints) {
  Result r = run("Путин — «ключевой» партнёр. Ли сказал: “这是 good news for all of us.”\n");
  for (const auto& q : r.doc.quotes) EXPECT_LE(q.end, r.doc.size());
  EXPECT_NE(r.find("ключевой"), nullptr);
  EXPECT_NE(r.find("这是 good news for all of us."), nullptr);
}

// --- interview turns -----------------------------------------------------------------

TEST(QuoteTurns, TurnSpeakerAndCitedSpeakers) {
  Result r = run(
      "Question: Your critics write that the reform \"will cost billions and deliver nothing at all\". Why?\n"
      "Vladimir Putin: As I said yesterday, \"we will not change course on this matter at all.\"\n"
      "Question: And the markets?\n"
      "Vladimir Putin: Our position is simple. \"No one will dictate terms to a sovereign country.\" That is all.\n");
  std::string putin;
  for (const auto& s : r.doc.speakers)
    if (s.name == "Vladimir Putin") putin = s.id;
  ASSERT_FALSE(putin.empty());
  EXPECT_QUOTE(r, "will cost billions and deliver nothing at all", "quotation", "Your critics", "write");
  EXPECT_NE(r.find("will cost billions and deliver nothing at all")->speaker, putin);
  EXPECT_QUOTE(r, "we will not change course on this matter at all.", "quotation", "I", "said");
  EXPECT_EQ(r.find("we will not change course on this matter at all.")->speaker, putin);
  EXPECT_QUOTE(r, "No one will dictate terms to a sovereign country.", "quotation", "", "");
  EXPECT_EQ(r.find("No one will dictate terms to a sovereign country.")->speaker, putin);
}

// --- speakers resolved through entities (the stage alone, entities given) ------------

struct StageRun {
  std::string text;
  parley::Options options;
  parley::Document doc;
  std::vector<parley::Quote> run(std::vector<parley::Entity> entities) {
    doc = parley::Document(text);
    parley::detail::Context ctx(doc.text(), options, doc);
    parley::detail::StructureStage(options).run(ctx);
    doc.entities = std::move(entities);
    // What the entities stage hands the quotes stage: each entity's gender, typed.
    for (const auto& e : doc.entities) {
      auto g = e.attributes.find("gender");
      std::string_view v = g == e.attributes.end() || g->second.empty() ? "" : g->second.front();
      ctx.entity_genders.push_back(v == "female" ? parley::detail::Gender::kFemale
                                   : v == "male" ? parley::detail::Gender::kMale
                                                 : parley::detail::Gender::kUnknown);
    }
    parley::detail::QuoteStage(options).run(ctx);
    return doc.quotes;  // byte offsets: no finalize
  }
  parley::Mention at(std::string_view s, int occurrence = 0) const {
    std::size_t pos = text.find(s);
    while (occurrence-- > 0) pos = text.find(s, pos + 1);
    return {static_cast<std::int64_t>(pos), static_cast<std::int64_t>(pos + s.size())};
  }
  std::string slice(std::int64_t s, std::int64_t e) const { return text.substr(s, e - s); }
};

parley::Entity person(std::string id, std::string name, std::vector<parley::Mention> mentions,
                      parley::Label label = parley::Label::kPerson) {
  parley::Entity e;
  e.id = std::move(id);
  e.label = label;
  e.name = std::move(name);
  e.mentions = std::move(mentions);
  return e;
}

TEST(QuoteSpeakers, PronounGoesToTheLastPersonNamedAsSubject) {
  StageRun s;
  s.text =
      "Former army chief Lord Dannatt told the Mail the deal was a huge gain for Putin.\n"
      "He said there will now be two days of \"frantic land grabbing\" from the separatists.\n";
  auto quotes = s.run({person("E1", "Lord Dannatt", {s.at("Lord Dannatt")}), person("E2", "Putin", {s.at("Putin")})});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(s.slice(quotes[0].start, quotes[0].end), "frantic land grabbing");
  EXPECT_EQ(quotes[0].speaker_text, "He");
  EXPECT_EQ(quotes[0].speaker, "E1");
}

// The name of the entity speaking the quote that starts with `words`, or "?".
std::string speaker_name(const parley::Document& doc, std::string_view words) {
  for (const auto& q : doc.quotes)
    if (doc.slice(q.start, q.end).starts_with(words))
      for (const auto& e : doc.entities)
        if (e.id == q.speaker) return e.name;
  return "?";
}

TEST(QuoteSpeakers, PronounGoesToTheLastPersonOfThatGender) {
  StageRun s;
  s.text =
      "Ana Ruiz met Tomas Berg in Oslo.\n"
      "Tomas Berg said little. \"We will see,\" she said. Later, \"Not yet,\" he said.\n"
      "Kim Lee spoke too. \"It is done,\" he said.\n";
  auto ruiz = person("E1", "Ana Ruiz", {s.at("Ana Ruiz")});
  ruiz.attributes["gender"] = {"female"};
  auto berg = person("E2", "Tomas Berg", {s.at("Tomas Berg"), s.at("Tomas Berg", 1)});
  berg.attributes["gender"] = {"male"};
  auto lee = person("E3", "Kim Lee", {s.at("Kim Lee")});  // no evidence: fits "he" and "she"
  auto quotes = s.run({ruiz, berg, lee});
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, "E1");  // she: Ana Ruiz, though Tomas Berg was named last
  EXPECT_EQ(quotes[1].speaker, "E2");
  EXPECT_EQ(quotes[2].speaker, "E3");
}

TEST(QuoteSpeakers, PronounWithNoPersonOfItsGenderFallsBackToTheLastPerson) {
  StageRun s;
  s.text = "Olga Petrova arrived.\n\"We are ready,\" he said.\n";
  auto petrova = person("E1", "Olga Petrova", {s.at("Olga Petrova")});
  petrova.attributes["gender"] = {"female"};
  auto quotes = s.run({petrova});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");  // gender is evidence, not proof
}

TEST(QuoteSpeakers, WholePipelineReadsGenderFromNamesHonorificsAndTitles) {
  parley::Document doc = parley::analyze(
      "Talks in Geneva\n"
      "Minister Irina Volkova sat beside Ambassador Peter Holm and Ms. Okafor.\n"
      "Peter Holm spoke first. \"The draft is fair,\" she said.\n"
      "Ms. Okafor disagreed with Volkova. \"It is not,\" he replied.\n");
  auto speaker_of = [&](std::string_view words) { return speaker_name(doc, words); };
  EXPECT_EQ(speaker_of("The draft"), "Irina Volkova");
  EXPECT_EQ(speaker_of("It is not"), "Peter Holm");
}

TEST(QuoteSpeakers, AnUnnamedSubjectThatIsNoOnePersonKeepsThePronounsAntecedent) {
  parley::Document doc = parley::analyze(
      "Clinic review\n"
      "Ms. Hanne Solberg said nurses had felt \"completely abandoned\" by the board.\n"
      "\"Nobody listened to them,\" she added.\n"
      "Ms. Solberg told the panel that residents said they \"waited for hours\". \"It must change,\" she said.\n");
  auto speaker_of = [&](std::string_view words) { return speaker_name(doc, words); };
  EXPECT_EQ(speaker_of("Nobody listened"), "Hanne Solberg");  // "nurses" is no "she"
  EXPECT_EQ(speaker_of("It must change"), "Hanne Solberg");   // nor are "residents"
}

TEST(QuoteSpeakers, ThePrepositionalPhraseBeforeTheCueIsNoSubject) {
  parley::Document doc = parley::analyze(
      "Depot reopens\n"
      "Chief engineer Marta Kowalczyk at a briefing for reporters in the tram depot announced: \"The line reopens on Monday.\"\n"
      "According to her, the repairs \"cost less than planned\".\n");
  EXPECT_EQ(speaker_name(doc, "The line reopens"), "Marta Kowalczyk");
  EXPECT_EQ(speaker_name(doc, "cost less"), "Marta Kowalczyk");
}

TEST(QuoteSpeakers, TitleMentionResolvesThroughTheEntityGroup) {
  StageRun s;
  s.text =
      "Lavrov spoke with US Secretary of State Marco Rubio on Saturday.\n"
      "Subsequently, the US Secretary of State told CBS that the \"ceasefire conditions\" were close.\n";
  auto quotes = s.run({person("E1", "Sergey Lavrov", {s.at("Lavrov")}),
                       person("E2", "Marco Rubio", {s.at("US Secretary of State Marco Rubio"),
                                                    s.at("US Secretary of State", 1)}),
                       person("E3", "United States", {s.at("US", 2)}, parley::Label::kGpe)});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E2");
  EXPECT_EQ(quotes[0].speaker_text, "the US Secretary of State");
  EXPECT_EQ(s.slice(quotes[0].speaker_start, quotes[0].speaker_end), "the US Secretary of State");
  EXPECT_EQ(quotes[0].channel, "CBS");
}

TEST(QuoteSpeakers, SpeakerTextNarrowsToThePersonMention) {
  StageRun s;
  s.text = "German Chancellor Angela Merkel said the deal offered a \"glimmer of hope\".\n";
  auto quotes = s.run({person("E7", "Angela Merkel", {s.at("Angela Merkel")}),
                       person("E8", "Germany", {s.at("German")}, parley::Label::kNorp)});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E7");
  EXPECT_EQ(quotes[0].speaker_text, "Angela Merkel");
}

TEST(QuoteSpeakers, OrganisationSpeaksWhenItHeadsThePhrase) {
  StageRun s;
  s.text = "The Kremlin said: \"The dialogue is being prepared.\"\n";
  auto quotes = s.run({person("E3", "Kremlin", {s.at("Kremlin")}, parley::Label::kOrg)});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E3");
  EXPECT_EQ(quotes[0].speaker_text, "The Kremlin");
}

TEST(QuoteSpeakers, ObjectOfAPrepositionIsNoAntecedent) {
  StageRun s;
  s.text = "Anna Berg met with Carl Holm in Oslo. \"We agreed on every point,\" she said.\n";
  auto quotes = s.run({person("E1", "Anna Berg", {s.at("Anna Berg")}), person("E2", "Carl Holm", {s.at("Carl Holm")})});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

TEST(QuoteSpeakers, NoEntitiesStillGivesSpeakerText) {
  StageRun s;
  s.text = "Dmitry Peskov said, \"the dialogue is being prepared,\" but gave no details.\n";
  auto quotes = s.run({});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");
  EXPECT_EQ(quotes[0].speaker_text, "Dmitry Peskov");
  EXPECT_EQ(s.slice(quotes[0].start, quotes[0].end), "the dialogue is being prepared");
}

}  // namespace

namespace {

// --- mechanisms found on held-out articles ------------------------------------------

TEST(Quotes, AbbreviatedTitleInTheSpeakerName) {
  Result r = run("\"This is a partisan stunt,\" said Sen. John Thune of South Dakota, the Republican whip.\n");
  EXPECT_QUOTE(r, "This is a partisan stunt", "quotation", "Sen. John Thune", "said");
}

TEST(Quotes, RoleBetweenOrganisationAndName) {
  Result r = run("According to Kremlin spokesman Dmitry Peskov, «the schedule does not include such a meeting».\n");
  const Q* q = r.find("the schedule does not include such a meeting");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->cue, "according to");
  EXPECT_NE(q->speaker_text.find("Dmitry Peskov"), std::string::npos) << q->speaker_text;
}

TEST(Quotes, ModifiersBeforeTheNameAfterTheQuote) {
  Result r = run("“This deal creates a champion for the energy transition,” Northwind chief executive Priya Raman "
                 "told Reuters on Monday.\n");
  EXPECT_QUOTE(r, "This deal creates a champion for the energy transition", "quotation", "Priya Raman", "told");
}

TEST(Quotes, SpokesmanForAnOrganisation) {
  Result r = run("A spokesman for the Home Office said the department “will not comment on individual cases”.\n");
  EXPECT_QUOTE(r, "will not comment on individual cases", "quotation", "A spokesman for the Home Office", "said");
}

TEST(Quotes, EmbeddedTitleIsNotTheSpeakersQuote) {
  Result r = run("Speaking on CNN's \"State of the Union,\" Rep. Jane Doe said the package was \"not nearly enough.\"\n");
  EXPECT_QUOTE(r, "State of the Union", "scare", "", "");
  EXPECT_QUOTE(r, "not nearly enough.", "quotation", "Rep. Jane Doe", "said");
}

TEST(Quotes, VerbFormThatIsAlsoANounBeforeAnObject) {
  Result r = run("Your critics call it \"wishful thinking.\" The upcoming call \"matters a great deal\" to them.\n");
  EXPECT_QUOTE(r, "wishful thinking.", "quotation", "Your critics", "call");
  EXPECT_EQ(r.find("matters a great deal")->cue, "");
}

TEST(Quotes, UnclosedQuoteWithNoSpeakerIsScare) {
  Result r = run("The minister's promise of a \"new deal for renters has so far produced very little.\n");
  const Q* q = r.find("new deal for renters has so far produced very little.");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->closed);
  EXPECT_EQ(q->kind, "scare");
}

TEST(Quotes, MidSentenceAttributionSplitsTheQuote) {
  Result r = run("“We played well,” said manager Jürgen Klopp, “but we did not finish our chances.”\n");
  EXPECT_QUOTE(r, "We played well", "quotation", "manager Jürgen Klopp", "said");
  EXPECT_QUOTE(r, "but we did not finish our chances.", "quotation", "manager Jürgen Klopp", "said");
}

TEST(QuoteTurns, YouInAQuestionIsTheGuest) {
  Result r = run(
      "Q: You told the Financial Times last year that \"the euro will survive any crisis.\" Still true?\n"
      "A: Absolutely. My answer is simple: \"Look at the numbers.\"\n");
  std::string guest;
  for (const auto& s : r.doc.speakers)
    if (s.role == parley::Role::kGuest) guest = s.id;
  ASSERT_FALSE(guest.empty());
  EXPECT_QUOTE(r, "the euro will survive any crisis.", "quotation", "You", "told");
  EXPECT_EQ(r.find("the euro will survive any crisis.")->speaker, guest);
  EXPECT_EQ(r.find("the euro will survive any crisis.")->channel, "the Financial Times");
  EXPECT_EQ(r.find("Look at the numbers.")->speaker, guest);
}

TEST(QuoteSpeakers, RoleDescriptionResolvesToThePersonLastNamed) {
  StageRun s;
  s.text =
      "Boris Johnson has insisted he did nothing wrong.\n"
      "Speaking to the BBC, the former prime minister said: 'I believed what I said at the time.'\n"
      "'It is absurd,' he added.\n";
  auto quotes = s.run({person("E1", "Boris Johnson", {s.at("Boris Johnson")})});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker_text, "the former prime minister");
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[0].channel, "the BBC");
  EXPECT_EQ(quotes[1].speaker, "E1");
}

TEST(QuoteSpeakers, AppositiveNameIsASubject) {
  StageRun s;
  s.text =
      "Maria Gonzalez walks her vineyard every morning.\n"
      "Her neighbour, Luis Ortega, is blunter. \"Without water, there is no wine,\" he says.\n";
  auto quotes = s.run({person("E1", "Maria Gonzalez", {s.at("Maria Gonzalez")}),
                       person("E2", "Luis Ortega", {s.at("Luis Ortega")})});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E2");
}

TEST(QuoteSpeakers, AuxiliaryAfterANameMakesItTheSubject) {
  StageRun s;
  s.text =
      "“We played well,” said Jürgen Klopp.\n"
      "Brighton coach Roberto De Zerbi was more upbeat. “A point here is a win for us,” he told Sky Sports.\n";
  auto quotes = s.run({person("E1", "Jürgen Klopp", {s.at("Jürgen Klopp")}),
                       person("E2", "Roberto De Zerbi", {s.at("Roberto De Zerbi")})});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "E2");
  EXPECT_EQ(quotes[1].channel, "Sky Sports");
}

}  // namespace

namespace {

// Many small documents built from marks, cue words, names, markers and
// punctuation: the stage must never crash and keep its spans inside the text.
TEST(QuoteMarks, RandomMixturesNeverBreakTheStage) {
  const std::vector<std::string> pieces = {
      "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", " ", " ", " ", "\n", ",", ".", ":", "—",
      "-", "(", ")", "he", "said", "told", "according", "to", "Smith", "John", "Smith's", "don't", "'80s",
      "rock", "'n'", "the", "CBS", "on", "Truth", "Social", "Answer:", "Q:", "A:", "Vladimir Putin:", "you",
      "I", "put", "it", "As", "called", "so-called", "that", "word", "Mr", "Sen.", "spokesman", "for"};
  std::uint32_t seed = 12345;
  auto next = [&]() {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int doc = 0; doc < 1500; ++doc) {
    std::string text;
    int n = 1 + static_cast<int>(next() % 60);
    for (int i = 0; i < n; ++i) {
      text += pieces[next() % pieces.size()];
      if (next() % 3 == 0) text += ' ';
    }
    Result r = run(text);
    for (const auto& q : r.doc.quotes) {
      EXPECT_LE(0, q.start);
      EXPECT_LT(q.start, q.end);
      EXPECT_LE(q.end, r.doc.size());
      if (q.speaker_start >= 0) EXPECT_LE(q.speaker_end, r.doc.size());
    }
  }
}

}  // namespace

namespace {

TEST(Quotes, HeadlineNameAndColon) {
  Result r = run("Cameron: 'We must stand firm against Moscow'\nThe Prime Minister spoke in Brussels.\n");
  EXPECT_QUOTE(r, "We must stand firm against Moscow", "quotation", "Cameron", "");
}

}  // namespace

namespace {

TEST(Quotes, OneWordPartialQuoteInPredicatePosition) {
  Result r = run(
      "Professor Raj Patel cautioned that the findings were \"preliminary\" and needed checking.\n"
      "Angela Rayner branded the defence 'laughable'.\n"
      "David Cameron urged leaders not to go soft in the wake of a ‘ceasefire’ in Ukraine.\n");
  EXPECT_QUOTE(r, "preliminary", "quotation", "Professor Raj Patel", "cautioned");
  EXPECT_QUOTE(r, "laughable", "quotation", "Angela Rayner", "branded");
  EXPECT_QUOTE(r, "ceasefire", "scare", "", "");
}

TEST(Quotes, OneWordLabelAfterASpeechParticiple) {
  Result r = run(
      "Dara Quill, the port's director, reported that the depot was hit, denouncing the strike as "
      "\u201cunacceptable\u201d.\n");
  EXPECT_QUOTE(r, "unacceptable", "quotation", "Dara Quill", "denouncing");
}

TEST(Quotes, RoleWordsBetweenABodyAndAPersonWithEntities) {
  static const parley::Analyzer analyzer;
  Result r = run(
      "Although the cause was unclear, according to Harbour Authority strategic planning coordinator "
      "Tomas Vilkas, the berth \"will reopen in May after the repairs are finished.\"\n",
      analyzer);
  const Q* q = r.find("will reopen in May after the repairs are finished.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->cue, "according to");
  EXPECT_EQ(q->speaker_text, "Tomas Vilkas");
}

}  // namespace

namespace {

// --- press conventions from translated and wire copy ---------------------------------

TEST(Quotes, CommaAndDashBeforeTheCue) {
  Result r = run("„Nobody asked us about the new tariffs“, — Weber said on Friday.\n"
                 "«The border will stay open all winter», – the governor told reporters.\n");
  EXPECT_QUOTE(r, "Nobody asked us about the new tariffs", "quotation", "Weber", "said");
  EXPECT_QUOTE(r, "The border will stay open all winter", "quotation", "the governor", "told");
}

TEST(Quotes, AccordingToAnObjectPronoun) {
  Result r = run("Anna Petrova chairs the committee. According to her, the reform «will not pass this year».\n");
  EXPECT_QUOTE(r, "will not pass this year", "quotation", "her", "according to");
}

TEST(Quotes, RoleNounWithModifiersAfterTheCue) {
  Result r = run("According to party spokeswoman Ilse Brandt, the plan is \"dead on arrival\".\n"
                 "\"We expect a deal by Easter,\" said union chief negotiator Tom Berg.\n");
  EXPECT_QUOTE(r, "dead on arrival", "quotation", "party spokeswoman Ilse Brandt", "according to");
  EXPECT_QUOTE(r, "We expect a deal by Easter", "quotation", "union chief negotiator Tom Berg", "said");
}

TEST(Quotes, NamingWordsMakeAScareQuoteEvenInACuesClause) {
  Result r = run("Omar Haddad argued that the so-called \"green transition\" would cost jobs.\n"
                 "She told the magazine \"Der Spiegel\" that she would not run again.\n"
                 "Critics warned the programme \"Fresh Start\" had failed.\n");
  EXPECT_QUOTE(r, "green transition", "scare", "", "");
  EXPECT_QUOTE(r, "Der Spiegel", "scare", "", "");
  EXPECT_QUOTE(r, "Fresh Start", "scare", "", "");
}

TEST(Quotes, SpokespersonForAnOrganisationInApposition) {
  Result r = run("A spokeswoman for the watchdog, the Food Standards Agency, said it was \"reviewing every "
                 "complaint\".\n");
  EXPECT_QUOTE(r, "reviewing every complaint", "quotation", "A spokeswoman for the watchdog", "said");
}

TEST(Quotes, SpeakerAfterTheQuoteWithALongRelativeClause) {
  Result r = run("The mill closed in March.\n"
                 "\"Nobody warned us until the last day,\" one worker, who spoke on condition of anonymity "
                 "because she still hopes to be rehired, told the Herald.\n");
  EXPECT_QUOTE(r, "Nobody warned us until the last day", "quotation", "one worker", "told");
}

TEST(Quotes, QuoteInsideTheSentenceThenPronounAndCue) {
  Result r = run("Lena Fischer spoke after the vote. Voters would not forgive \"another broken promise\", she "
                 "told the paper.\n"
                 "He was sitting in \"The Late Show\", Jensen said.\n");
  EXPECT_QUOTE(r, "another broken promise", "quotation", "she", "told");
  EXPECT_QUOTE(r, "The Late Show", "scare", "", "");
}

}  // namespace

namespace {

TEST(Quotes, DashIntroducedSpeechWithoutMarks) {
  Result r = run("The talks in Minsk ended late on Tuesday.\n"
                 "— We have agreed on the text, but not on the dates, — said negotiator Pavel Orlov. — The "
                 "next round will be in May.\n"
                 "— Prices rose by three per cent, — the statistics office reported.\n");
  EXPECT_QUOTE(r, "We have agreed on the text, but not on the dates", "quotation", "negotiator Pavel Orlov", "said");
  EXPECT_QUOTE(r, "The next round will be in May.", "quotation", "negotiator Pavel Orlov", "said");
  EXPECT_QUOTE(r, "Prices rose by three per cent", "quotation", "the statistics office", "reported");
}

TEST(Quotes, DashedLinesWithoutAReportingWordAreNoSpeech) {
  Result r = run("The plan has three parts.\n"
                 "— Lower taxes for farmers, — cheaper loans for small firms.\n"
                 "— New roads in the north.\n");
  EXPECT_TRUE(r.quotes.empty());
}

TEST(Quotes, NestedQuoteAfterIThoughtIsTheOuterSpeakers) {
  StageRun s;
  s.text = "\"I looked at the empty shelves and I thought: 'We will have to start again from nothing,'\" "
           "Ana Silva said.\n";
  auto quotes = s.run({person("E1", "Ana Silva", {s.at("Ana Silva")})});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(s.slice(quotes[1].start, quotes[1].end), "We will have to start again from nothing");
  EXPECT_EQ(quotes[1].speaker, "E1");
}

TEST(QuoteSpeakers, TheCompanyIsTheOrganisationThatLastSpoke) {
  StageRun s;
  s.text = "Brightwell Foods said on Monday it would close two plants.\n"
           "\"This was a difficult decision for everyone involved,\" the company said in a statement.\n";
  auto quotes = s.run({person("E1", "Brightwell Foods", {s.at("Brightwell Foods")}, parley::Label::kOrg)});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[0].speaker_text, "the company");
}

}  // namespace

namespace {

// A labelling verb's one-word object after "of" or "as" is the word its subject used (real
// annotators read `denouncing it as "unacceptable"` as the speaker's quotation).
TEST(Quotes, OneWordChargeOrLabelAfterALabellingCue) {
  Result r = run("Senator Ruth Kaplan accused the agency of \"stonewalling\".\n"
                 "The report described the reforms as \"modest\".\n");
  EXPECT_QUOTE(r, "stonewalling", "quotation", "Senator Ruth Kaplan", "accused");
  EXPECT_QUOTE(r, "modest", "quotation", "The report", "described");
}

}  // namespace

namespace {

TEST(Quotes, ExtraCueVerbsOutsideTheAsciiLetters) {
  parley::Options options = no_entities();
  options.cue_verbs = {"заявил", "x", "émit"};
  parley::Analyzer custom(options);
  Result r = run("«Мы готовы к диалогу», заявил Сергей Лавров.\n"
                 "\"The harvest was the worst in a decade,\" Jean Morel émit.\n", custom);
  EXPECT_QUOTE(r, "Мы готовы к диалогу", "quotation", "Сергей Лавров", "заявил");
  EXPECT_QUOTE(r, "The harvest was the worst in a decade", "quotation", "Jean Morel", "émit");
}

}  // namespace

namespace {

TEST(QuoteMarks, ManyDashedSpeechesStayBoundedAndSane) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "— We will wait, — said Officer Lind. — Then we go, — then more, — he said.\n";
  std::string line = "— Start";
  for (int i = 0; i < 20000; ++i) line += ", — said x";
  text += line + "\n";
  Result r = run(text);
  EXPECT_GE(r.quotes.size(), 4000u);
  for (const auto& q : r.quotes) EXPECT_FALSE(q.text.empty());
}

}  // namespace

namespace {

TEST(QuoteSpeakers, AnAideToAPersonIsNotThatPerson) {
  StageRun s;
  s.text = "A senior aide to Senator Mara Quinn told the committee the office had been \"in disarray\".\n"
           "A spokesman for Mara Quinn said she was \"deeply disappointed\".\n";
  auto quotes = s.run({person("E1", "Mara Quinn", {s.at("Mara Quinn"), s.at("Mara Quinn", 1)})});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker_text, "A senior aide to Senator Mara Quinn");
  EXPECT_EQ(quotes[0].speaker, "");
  EXPECT_EQ(quotes[1].speaker_text, "A spokesman for Mara Quinn");
  EXPECT_EQ(quotes[1].speaker, "E1");
}

}  // namespace

namespace {

TEST(Quotes, QuotedAsSayingAndChannelInApposition) {
  Result r = run("The health minister was quoted as saying the plan was \"unworkable and unfunded\".\n"
                 "Ines Duarte, speaking to Radio Renascença, said the cuts were \"a mistake\".\n");
  EXPECT_QUOTE(r, "unworkable and unfunded", "quotation", "The health minister", "quoted as saying");
  EXPECT_QUOTE(r, "a mistake", "quotation", "Ines Duarte", "said");
  EXPECT_EQ(r.find("a mistake")->channel, "Radio Renascença");
}

TEST(QuoteSpeakers, ARoleGoesToThePersonNamedWithIt) {
  StageRun s;
  s.text = "Ana Lima, a nurse, said she had not been paid.\n"
           "The health minister said the claims were \"simply untrue\".\n"
           "Health Minister Rui Costa later met the unions.\n";
  auto quotes = s.run({person("E1", "Ana Lima", {s.at("Ana Lima")}), person("E2", "Rui Costa", {s.at("Rui Costa")})});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_text, "The health minister");
  EXPECT_EQ(quotes[0].speaker, "E2");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, PersonOpeningTheSentenceThenAColon) {
  StageRun s;
  s.text = "Omar Haddad was not impressed: 'We have heard all this before.'\n"
           "The new stadium has a nickname: \"The Cauldron\".\n";
  auto quotes = s.run({person("E1", "Omar Haddad", {s.at("Omar Haddad")})});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].kind, parley::QuoteKind::kQuotation);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[0].speaker_text, "Omar Haddad");
  EXPECT_EQ(quotes[1].kind, parley::QuoteKind::kScare);
}

}  // namespace

namespace {

TEST(Quotes, ApposedNameWithModifiersAndAnAdverbBeforeTheCue) {
  Result r = run("Her neighbour, 81-year-old Joan Pike, put it more simply: 'They will ruin the place.'\n"
                 "The chairman, retired judge Alan Reed, said: \"We have no objection.\"\n");
  EXPECT_QUOTE(r, "They will ruin the place.", "quotation", "Joan Pike", "put it");
  EXPECT_QUOTE(r, "We have no objection.", "quotation", "Alan Reed", "said");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, PersonAndShortPredicateBeforeAColonOrAGerund) {
  StageRun s;
  s.text = "Asked about the delay, Tomas Berg shrugged: \"These things take time, as always.\"\n"
           "Rival coach Ines Vidal was generous in defeat, saying they had been \"the better side by far\".\n"
           "Fans cheered Ines Vidal loudly all night: \"We love you, we love you all!\"\n";
  auto quotes = s.run({person("E1", "Tomas Berg", {s.at("Tomas Berg")}),
                       person("E2", "Ines Vidal", {s.at("Ines Vidal"), s.at("Ines Vidal", 1)})});
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[0].speaker_text, "Tomas Berg");
  EXPECT_EQ(quotes[1].speaker, "E2");
  EXPECT_EQ(quotes[1].cue, "saying");
  EXPECT_NE(quotes[2].speaker, "E2");  // the object of "cheered" is no subject
}

}  // namespace

namespace {

TEST(QuoteSpeakers, ANounLikeCueBeforeARoleNounIsNoReport) {
  // "a three-term state governor": "state" modifies the role, no unnamed speaker displaces the woman.
  StageRun s;
  s.text = "Lena Ortiz told voters the schools were \"falling apart.\"\n"
           "\"Our numbers are the best in a decade,\" Mr. Rask, a three-term state governor, said.\n"
           "The reply was swift. \"The numbers are not the classrooms,\" she said.\n";
  auto ortiz = person("E1", "Lena Ortiz", {s.at("Lena Ortiz")});
  ortiz.attributes["gender"] = {"female"};
  auto rask = person("E2", "Mr. Rask", {s.at("Rask")});
  rask.attributes["gender"] = {"male"};
  auto quotes = s.run({ortiz, rask});
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker, "E2");
  EXPECT_EQ(quotes[1].cue, "said");
  EXPECT_EQ(quotes[2].speaker_text, "she");
  EXPECT_EQ(quotes[2].speaker, "E1");
}

TEST(QuoteSpeakers, ARoleNounSpeakerBecomesThePronounsAntecedent) {
  // "the inspector said": the inspector, named with that title earlier, is whom a later "she"
  // means, not the person addressed in between.
  StageRun s;
  s.text = "Inspector Ruth Adair opened the hearing on Monday.\n"
           "Owen Pryce listened in silence. The inspector said the delays were unacceptable. "
           "\"Someone should have called an ambulance,\" she told him.\n";
  auto adair = person("E1", "Ruth Adair", {s.at("Ruth Adair")});
  adair.attributes["gender"] = {"female"};
  auto pryce = person("E2", "Owen Pryce", {s.at("Owen Pryce")});
  auto quotes = s.run({adair, pryce});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_text, "she");
  EXPECT_EQ(quotes[0].speaker, "E1");
}

// --- machine-translated press: one sentence a line, marks lost -------------------------------

TEST(Quotes, ADoubleQuoteRunsOnOverLinesWithoutMarksToItsClosingMark) {
  Result r = run("\"Currently the port is closed.\nShips wait outside.\nThe crews are tired,\" the harbour master said.\n");
  EXPECT_QUOTE(r, "Currently the port is closed.\nShips wait outside.\nThe crews are tired", "quotation",
               "the harbour master", "said");
}

TEST(Quotes, AQuoteLeftOpenStopsAtItsLineWhenTheNextMarkOpensAnother) {
  Result r = run("\"The port is closed for the whole winter season.\nShips wait outside.\n"
                 "She called it \"a disaster for the town\" on Monday.\n");
  const Q* q = r.find("The port is closed for the whole winter season.");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->closed);
}

TEST(Quotes, ALoneMarkEndingALineClosesAndTheNextShortLineAttributes) {
  Result r = run("\"Last year the shower was brighter.\nThis year, wait until the moon sets. \"\nLi Wen reminded.\n");
  EXPECT_QUOTE(r, "Last year the shower was brighter.\nThis year, wait until the moon sets.", "quotation", "Li Wen",
               "reminded");
}

TEST(Quotes, ALongerNextLineIsNoAttribution) {
  Result r = run("\"Nothing has changed at all,\" said Aisha Khan. \"Nothing has.\"\n"
                 "The government insists the policy is working.\n");
  EXPECT_EQ(r.find("Nothing has.")->speaker_text, "Aisha Khan");
}

TEST(Quotes, AQuoteWhoseOpeningMarkWasLostOpensAfterTheLineThatReportsSpeech) {
  Result r = run("This was announced on Monday by Aleksey Orlov.\nThe engines are local.\n"
                 "The hull is imported,\" Orlov told the agency.\n");
  EXPECT_QUOTE(r, "The engines are local.\nThe hull is imported", "quotation", "Orlov", "told");
}

TEST(Quotes, SpeechClosedByADashWithoutAnOpeningMark) {
  Result r = run("Acting mayor Ivan Sorokin urged calm in an interview.\nWe will rebuild the bridge.\n"
                 "People here work hard, - Ivan Sorokin shared.\n");
  EXPECT_QUOTE(r, "We will rebuild the bridge.\nPeople here work hard", "quotation", "Ivan Sorokin", "shared");
}

TEST(Quotes, TheAgentOfAPassiveCueSpeaks) {
  Result r = run("This was announced on Monday by Aleksey Orlov: \"The plant opens in May.\"\n");
  EXPECT_QUOTE(r, "The plant opens in May.", "quotation", "Aleksey Orlov", "announced");
}

TEST(Quotes, ItIsReportedNamesNoSpeaker) {
  Result r = run("It is reported that the deal \"will close in May after the vote\".\n");
  const Q* q = r.find("will close in May after the vote");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker_text, "");
}

// --- bodies, countries, unnamed roles (entities given) -----------------------------------------

TEST(QuoteSpeakers, TextsOfficesAndPronounsSpeakForTheBody) {
  StageRun s;
  s.text = "The Nordic Council issued a statement after the meeting in Oslo.\n"
           "It stresses that the treaty \"will hold for decades to come\".\n"
           "\"We stand united,\" the statement said.\n"
           "\"We will respond together,\" the Nordic Council foreign ministers added.\n"
           "\"The border stays open,\" the Oslo government said.\n"
           "\"We are monitoring developments,\" a council spokesperson said.\n";
  auto council = person("E1", "Nordic Council", {s.at("Nordic Council"), s.at("Nordic Council", 1)},
                        parley::Label::kOrg);
  auto oslo = person("E2", "Oslo", {s.at("Oslo"), s.at("Oslo", 1)}, parley::Label::kGpe);
  auto quotes = s.run({council, oslo});
  ASSERT_EQ(quotes.size(), 5u);
  EXPECT_EQ(quotes[0].speaker, "E1");  // it
  EXPECT_EQ(quotes[1].speaker, "E1");  // the statement
  EXPECT_EQ(quotes[2].speaker, "E1");  // the ... foreign ministers: the body named in the phrase
  EXPECT_EQ(quotes[3].speaker, "E2");  // the Oslo government
  EXPECT_EQ(quotes[4].speaker, "E2");  // an unnamed spokesperson: the body that spoke last
}

TEST(QuoteSpeakers, ARoleWithoutAnArticleIsThePersonNamedWithIt) {
  StageRun s;
  s.text = "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. Ana Ruiz listened.\n"
           "Russian presidential spokesman stressed that \"there is no proof so far.\"\n";
  auto peskov = person("E1", "Dmitry Peskov", {s.at("Dmitry Peskov")});
  auto ruiz = person("E2", "Ana Ruiz", {s.at("Ana Ruiz")});
  auto quotes = s.run({peskov, ruiz});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

TEST(QuoteSpeakers, AHeadingQuoteIsThePersonTheSectionQuotes) {
  StageRun s;
  s.text = "'Ends the debate': Acme Bank\n"
           "The jobs data ends the debate, said Acme Bank's chief economist, Dana Levi.\n"
           "'Stay on the sidelines': Coast Economics\n"
           "Coast Economics economist Omar Aziz said the rate would not move.\n";
  auto levi = person("E1", "Dana Levi", {s.at("Dana Levi")});
  auto aziz = person("E2", "Omar Aziz", {s.at("Omar Aziz")});
  auto quotes = s.run({levi, aziz});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[1].speaker, "E2");  // not the previous section's speaker
}

TEST(QuoteSpeakers, ALineThatIsOneQuoteContinuesTheReportedSpeechBeforeIt) {
  StageRun s;
  s.text = "Kairo Amin said the problem arose two months ago.\n"
           "\"The paper supplier was hit by the epidemic.\"\n"
           "\"We will notify every applicant.\"\n";
  auto amin = person("E1", "Kairo Amin", {s.at("Kairo Amin")});
  auto quotes = s.run({amin});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[1].speaker, "E1");
}

TEST(QuoteSpeakers, AGerundCueTakesThePersonInSubjectPositionOfItsSentence) {
  StageRun s;
  s.text = "Ambassador Anna Berg denied her Finnish counterpart's claims, calling them a \"pure propaganda show\".\n";
  auto berg = person("E1", "Anna Berg", {s.at("Anna Berg")});
  auto quotes = s.run({berg});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

TEST(QuoteSpeakers, ACueWithoutASubjectInsideATurnIsTheTurnSpeakers) {
  parley::Document doc = parley::analyze(
      "Working from home\n"
      "Q: How do you plan a day?\n"
      "A: In blocks. It is easier for me to say \"work, lunch, work some more, walk the dog.\" That helps.\n"
      "Q: And the evenings?\n"
      "A: Those are free, mostly.\n");
  ASSERT_EQ(doc.quotes.size(), 1u);
  ASSERT_GE(doc.paragraphs.size(), 3u);
  EXPECT_FALSE(doc.paragraphs[2].speaker.empty());
  EXPECT_EQ(doc.quotes[0].speaker, doc.paragraphs[2].speaker);
}

TEST(Quotes, ASingleQuotedPhraseInsideARunOnQuoteDoesNotEndIt) {
  Result r = run("\"Use a tripod.\nShoot a 'meteor blockbuster' with a wide lens.\nKeep warm. \"\nLi Wen reminded.\n");
  EXPECT_QUOTE(r, "Use a tripod.\nShoot a 'meteor blockbuster' with a wide lens.\nKeep warm.", "quotation", "Li Wen",
               "reminded");
}

TEST(Quotes, AnInvertedCueWhoseSubjectEndsTheSentenceTakesIt) {
  Result r = run("\"Wagner has an air base there,\" the report says. Wagner uses a port in Sirte, notes the agency's "
                 "publication. \"It has been there since 2019,\" it adds.\n");
  EXPECT_EQ(r.find("Wagner has an air base there")->speaker_text, "the report");
}

TEST(Quotes, ThePossessiveBeforeARoleNamesThePerson) {
  Result r = run("\"The report is strong,\" said Acme Bank's chief economist, Dana Levi.\n"
                 "\"Jobs are back,\" said BMO's Benjamin Reitz.\n");
  EXPECT_QUOTE(r, "The report is strong", "quotation", "Dana Levi", "said");
  EXPECT_QUOTE(r, "Jobs are back", "quotation", "Benjamin Reitz", "said");
}

TEST(Quotes, ARoleNounBetweenAPlaceAndANameKeepsThePerson) {
  Result r = run("\"It was a terrible night,\" said Kyiv resident Olena Marchuk, 55.\n"
                 "\"It spreads fast,\" comments pulmonary specialist Sergey Orlov.\n");
  EXPECT_QUOTE(r, "It was a terrible night", "quotation", "Kyiv resident Olena Marchuk", "said");
  EXPECT_QUOTE(r, "It spreads fast", "quotation", "pulmonary specialist Sergey Orlov", "comments");
}

TEST(QuoteSpeakers, ThePersonBeforeAPrepositionalPhraseSpeaksNotThePlaceInIt) {
  StageRun s;
  s.text = "Foreign Secretary Liz Tarrant at a press conference in Liverpool warned of \"great consequences\" for them.\n"
           "\"We will decide tomorrow,\" Chief James Hale with the Metro Police Department said.\n";
  auto tarrant = person("E1", "Liz Tarrant", {s.at("Liz Tarrant")});
  auto liverpool = person("E2", "Liverpool", {s.at("Liverpool")}, parley::Label::kGpe);
  auto hale = person("E3", "James Hale", {s.at("James Hale")});
  auto police = person("E4", "Metro Police Department", {s.at("Metro Police Department")}, parley::Label::kOrg);
  auto quotes = s.run({tarrant, liverpool, hale, police});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[1].speaker, "E3");
}

TEST(QuoteSpeakers, TheAuthorsOfAReportSpeakForWhoeverPublishedIt) {
  StageRun s;
  s.text = "Apps grew.\nThe data was published by the analytics company Appmetric on Monday.\n"
           "\"Will the return to shops stall the app economy? Not at all,\" the report's authors say.\n";
  auto appmetric = person("E1", "Appmetric", {s.at("Appmetric")}, parley::Label::kOrg);
  auto quotes = s.run({appmetric});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].cue, "say");
  EXPECT_EQ(quotes[0].speaker, "E1");
}

TEST(QuoteSpeakers, TheAgentOfAReportIsWhomALaterHeMeans) {
  StageRun s;
  s.text = "Omar Reyes met the press. The plan was announced by Pavel Orlov, the mayor.\n"
           "\"We start in May,\" he said.\n";
  auto reyes = person("E1", "Omar Reyes", {s.at("Omar Reyes")});
  auto orlov = person("E2", "Pavel Orlov", {s.at("Pavel Orlov")});
  auto quotes = s.run({reyes, orlov});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E2");
}

TEST(QuoteSpeakers, AHeadlineQuoteIsTheSpeakerOfTheSameWordsInTheArticle) {
  StageRun s;
  s.text = "Ministry has 'negative reaction' to new tariffs\n"
           "The ministry was asked about the tariffs. \"We have a negative reaction to such decisions,\" "
           "Hanna Roos said.\n";
  auto roos = person("E1", "Hanna Roos", {s.at("Hanna Roos")});
  auto quotes = s.run({roos});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(s.slice(quotes[0].start, quotes[0].end), "negative reaction");
  EXPECT_EQ(quotes[0].kind, parley::QuoteKind::kQuotation);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

TEST(QuoteSpeakers, APersonInAppositionAfterTheQuoteIsTheSubjectOfTheLaterCue) {
  StageRun s;
  s.text = "\"It is the most active group,\" Pavel Orlov, virologist, head of the genome laboratory at the "
           "Moscow Institute of Physics stated in an interview.\n";
  auto orlov = person("E1", "Pavel Orlov", {s.at("Pavel Orlov")});
  auto inst = person("E2", "Moscow Institute of Physics", {s.at("Moscow Institute of Physics")}, parley::Label::kOrg);
  auto quotes = s.run({orlov, inst});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[0].cue, "stated");
}

TEST(Quotes, TheExPrefixBelongsToTheRoleNoun) {
  Result r = run("\"Prices are falling,\" the ex-MP added.\n");
  EXPECT_QUOTE(r, "Prices are falling", "quotation", "the ex-MP", "added");
}

TEST(QuoteSpeakers, TwoConjunctsSpeakAsTheFirst) {
  StageRun s;
  s.text = "The Trade Authority and Norvale said they would pause the case, saying a \"stay of litigation\" "
           "was in the public interest.\n";
  auto authority = person("E1", "Trade Authority", {s.at("Trade Authority")}, parley::Label::kOrg);
  auto norvale = person("E2", "Norvale", {s.at("Norvale")}, parley::Label::kOrg);
  auto quotes = s.run({authority, norvale});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

TEST(Quotes, AnOfficeOfABodyHeadsTheSubjectPhrase) {
  Result r = run("\"The situation is under control\", - the press service of the ministry said.\n");
  EXPECT_QUOTE(r, "The situation is under control", "quotation", "the press service of the ministry", "said");
}

TEST(Quotes, AsNotedByNamesTheAgent) {
  Result r = run("As noted by Ivan Petrov, \"the situation is under control and improving.\"\n");
  EXPECT_QUOTE(r, "the situation is under control and improving.", "quotation", "Ivan Petrov", "noted");
}

TEST(Quotes, TheNextSentencePointingBackAttributesTheQuote) {
  Result r = run("Ivan Petrov met the press.\n\"The bridge will be finished by May.\" This was stated by "
                 "Governor Ivan Petrov.\n\"The roads come next.\" So Petrov commented on the plan.\n");
  EXPECT_QUOTE(r, "The bridge will be finished by May.", "quotation", "Governor Ivan Petrov", "stated");
  EXPECT_QUOTE(r, "The roads come next.", "quotation", "Petrov", "commented");
}

TEST(QuoteSpeakers, APressServiceOfAnOfficeSpeaksForThePersonItServes) {
  StageRun s;
  s.text = "Volodymyr Zelenko signed the memorandum on Monday.\n"
           "The press service of the office of the Ukrainian leader called it \"a big real step forward.\"\n";
  auto zelenko = person("E1", "Volodymyr Zelenko", {s.at("Volodymyr Zelenko")});
  auto quotes = s.run({zelenko});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

TEST(QuoteSpeakers, AHeadlineQuoteThatTheArticleParaphrasesIsItsFirstAttributedVoice) {
  StageRun s;
  s.text = "Mayor warns of 'hard winter' for the city\n"
           "The city council met on Monday. \"The coming months will be difficult for everyone,\" Hanna Roos said.\n";
  auto roos = person("E1", "Hanna Roos", {s.at("Hanna Roos")});
  auto quotes = s.run({roos});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(s.slice(quotes[0].start, quotes[0].end), "hard winter");
  EXPECT_EQ(quotes[0].speaker, "E1");
}

}  // namespace

namespace {

TEST(Quotes, AQuoteWhoseOpeningMarkWasLostRunsBackOverLinesInTheFirstPerson) {
  Result r = run("The ministers said in Bergen on Friday that the treaty stands.\n"
                 "We said it before and we reaffirm our commitment to the treaty.\n"
                 "The talks will go on,\" the statement said.\n");
  EXPECT_QUOTE(r, "We said it before and we reaffirm our commitment to the treaty.\nThe talks will go on", "quotation",
               "the statement", "said");
}

TEST(Quotes, AMarkedQuoteClosedByADashBeforeItsCue) {
  Result r = run("The talks in Minsk ended late on Tuesday.\n"
                 "\"We have agreed on the text, but not on the dates, - said negotiator Pavel Orlov. - The next "
                 "round will be in May.\"\n");
  EXPECT_QUOTE(r, "We have agreed on the text, but not on the dates", "quotation", "negotiator Pavel Orlov", "said");
  EXPECT_QUOTE(r, "The next round will be in May.", "quotation", "negotiator Pavel Orlov", "said");
}

}  // namespace

namespace {

TEST(Quotes, ARoleThenACommaAndANameIsThatPerson) {
  Result r = run("Oslo and Bergen disagree about the tunnel.\n"
                 "\"The answer will be firm,\" said the head of the roads department, Oleg Markov.\n"
                 "According to the head of the ministry, Sergey Lavin, the talks have \"failed completely\".\n");
  EXPECT_QUOTE(r, "The answer will be firm", "quotation", "Oleg Markov", "said");
  EXPECT_QUOTE(r, "failed completely", "quotation", "Sergey Lavin", "according to");
}

TEST(Quotes, TheAuthorsOfTheSurveySayIsACue) {
  Result r = run("\"Demand will not slow down,\" the authors of the survey say.\n");
  EXPECT_QUOTE(r, "Demand will not slow down", "quotation", "the authors of the survey", "say");
}

TEST(Quotes, ANameWithAHyphenatedJoinerIsOneSubject) {
  Result r = run("Omar al-Rashid also pointed out that the rebels are \"trying to seize\" the city.\n");
  EXPECT_QUOTE(r, "trying to seize", "quotation", "Omar al-Rashid", "pointed out");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, ACapitalisedSubjectTheEntitiesStageMissedIsThePersonOfThatName) {
  StageRun s;
  s.text = "Tilda Varga opened the fair on Monday.\n\"Come early,\" Tilda Varga said.\n";
  auto quotes = s.run({person("E1", "Tilda Varga", {s.at("Tilda Varga")})});  // the second mention missed
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

TEST(QuoteSpeakers, ANameAloneOnAHeadingLineIsTheAntecedentOfAPronoun) {
  StageRun s;
  s.text = "Tom Baker said it was a good day.\nFINANCE MINISTER ANNA KLEIN\n\"The budget holds,\" she wrote.\n";
  auto quotes = s.run({person("E1", "Tom Baker", {s.at("Tom Baker")}),
                       person("E2", "ANNA KLEIN", {s.at("ANNA KLEIN")})});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E2");
}

TEST(QuoteSpeakers, ABodysOfficeSpeaksForTheBody) {
  StageRun s;
  s.text = "Norland's mission said the strike was \"a crime\".\n"
           "A representative of the Harbour Board said it would \"act as needed\".\n";
  auto quotes = s.run({person("E1", "Norland", {s.at("Norland")}, parley::Label::kGpe),
                       person("E3", "Harbour Board", {s.at("Harbour Board")}, parley::Label::kOrg)});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[1].speaker, "E3");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, AParagraphThatIsOneQuoteGoesOnWithThePersonLastQuoted) {
  StageRun s;
  s.text = "The storm left thousands without power.\n"
           "\"The wind was terrible,\" said Olga Berg, a resident of the town.\n"
           "The storm hit the coast on Monday. Power lines were cut in three districts.\n"
           "\"Nobody came to help us until the morning.\"\n";
  auto quotes = s.run({person("E1", "Olga Berg", {s.at("Olga Berg")})});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "E1");
}

TEST(QuoteSpeakers, TheHeadOfABodyIsAPersonNotTheBody) {
  StageRun s;
  s.text = "The plan was announced by Ana Ruiz.\n"
           "\"There will be no delays,\" the head of the Harbour Board said.\n";
  auto quotes = s.run({person("E1", "Ana Ruiz", {s.at("Ana Ruiz")}),
                       person("E2", "Harbour Board", {s.at("Harbour Board")}, parley::Label::kOrg)});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

}  // namespace

namespace {

TEST(Quotes, TheSourceQuotesThePersonWhoSpeaks) {
  Result r = run("The plant will open next year, said Oleg Sorokin.\n"
                 "\"The engines are local,\" the agency quoted him as saying.\n"
                 "\"The hull is imported,\" according to the agency quoting his words.\n"
                 "\"The avionics are ours,\" as he is quoted by the agency.\n");
  EXPECT_QUOTE(r, "The engines are local", "quotation", "him", "quoted");
  EXPECT_QUOTE(r, "The hull is imported", "quotation", "his", "quoting");
  EXPECT_QUOTE(r, "The avionics are ours", "quotation", "he", "quoted");
}

TEST(Quotes, APresentTenseSourceQuotesThePerson) {
  Result r = run("The plant will open next year, said Oleg Sorokin.\n"
                 "\"The engines are local,\" the channel quotes him saying.\n");
  EXPECT_QUOTE(r, "The engines are local", "quotation", "him", "quotes");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, APronounWithAClitic) {
  StageRun s;
  s.text = "Olga Berg has run the fair for years.\nShe'd say \"come early\" to everyone who asked.\n";
  auto quotes = s.run({person("E1", "Olga Berg", {s.at("Olga Berg")})});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

}  // namespace

namespace {

TEST(Quotes, ANameThenACommaAndACapitalisedTitleBeforeTheCue) {
  Result r = run("By quoting the data, Willem Haas, Director of the Coastal Health Institute said, \"The wave is "
                 "mild.\"\n");
  EXPECT_QUOTE(r, "The wave is mild.", "quotation", "Willem Haas", "said");
}

}  // namespace

namespace {

TEST(Quotes, AQuoteInsideASentenceThatEndsWithItsInvertedCue) {
  Result r = run("The \"surprisingly strong report\" should ease worries about growth, said Acme Bank's Tom Varga.\n"
                 "Hiring in the \"most exposed sectors\" held up well in May, Dana Levi told the Herald.\n");
  EXPECT_QUOTE(r, "surprisingly strong report", "quotation", "Tom Varga", "said");
  EXPECT_QUOTE(r, "most exposed sectors", "quotation", "Dana Levi", "told");
}

}  // namespace

namespace {

TEST(Quotes, AListOfQuotesBeforeItsInvertedCue) {
  Result r = run("The main worries are \"rising rents\", \"slow trains\", \"closed clinics,\" says a survey by the "
                 "Civic Trust.\n");
  EXPECT_QUOTE(r, "rising rents", "quotation", "a survey by the Civic Trust", "says");
  EXPECT_QUOTE(r, "slow trains", "quotation", "a survey by the Civic Trust", "says");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, APersonsRelativeIsSomeoneElse) {
  StageRun s;
  s.text = "Lena Berg won the race on Sunday.\nLena Berg's mother said: \"She trained every day.\"\n";
  auto quotes = s.run({person("E1", "Lena Berg", {s.at("Lena Berg"), s.at("Lena Berg", 1)})});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(Quotes, InTheViewOfNamesTheSpeaker) {
  Result r = run("In the view of Li Mei, \"the plan is a good one.\"\n");
  EXPECT_QUOTE(r, "the plan is a good one.", "quotation", "Li Mei", "in the view of");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, AnUnnamedSpokespersonServesTheOrganisationNamedLast) {
  StageRun s;
  s.text = "\"Prices will fall,\" the Grain Institute said.\n"
           "Northwind Mills, which owns four plants, has signaled it will wait.\n"
           "\"We are watching the market,\" a company spokesperson said.\n";
  auto quotes = s.run({person("E1", "Grain Institute", {s.at("Grain Institute")}, parley::Label::kOrg),
                       person("E2", "Northwind Mills", {s.at("Northwind Mills")}, parley::Label::kOrg)});
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "E1");
  EXPECT_EQ(quotes[1].speaker, "E2");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, ALabelWhoseAgentFollowsTheQuote) {
  StageRun s;
  s.text = "The first scenario, dubbed \"the long winter\" by Anna Berg, assumes a slow recovery.\n";
  auto quotes = s.run({person("E1", "Anna Berg", {s.at("Anna Berg")})});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, ACountrysMissionToABodySpeaksForTheCountry) {
  StageRun s;
  s.text = "Norland's mission to the Harbour Board said: \"The blockade must end.\"\n";
  auto quotes = s.run({person("E1", "Norland", {s.at("Norland")}, parley::Label::kGpe),
                       person("E2", "Harbour Board", {s.at("Harbour Board")}, parley::Label::kOrg)});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "E1");
}

}  // namespace

namespace {

TEST(Quotes, APersonOfACompanyWithAnAmpersandAndAnAbbreviation) {
  Result r = run("Markets fell on Friday.\n"
                 "Dana Levi of Birch Research & Partners Inc. said that \"the economy is barely growing\".\n");
  EXPECT_QUOTE(r, "the economy is barely growing", "quotation", "Dana Levi", "said");
}

}  // namespace

namespace {

TEST(QuoteSpeakers, AnUnknownNameAsSubjectIsALaterPronounsAntecedent) {
  StageRun s;
  s.text = "Tom Baker opened the hearing on Monday.\nWillem Haas said the wave was mild.\n"
           "\"It is still early,\" he said.\n";
  auto quotes = s.run({person("E1", "Tom Baker", {s.at("Tom Baker")})});  // no entity for Willem Haas
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");  // not Tom Baker
}

}  // namespace

namespace {

TEST(Quotes, APluralNounBeforeAnAuxiliaryIsNoCue) {
  Result r = run("Ana Ruiz, the bloc's trade chief, said envoys from member states will meet to \"weigh new "
                 "tariffs\".\n");
  EXPECT_QUOTE(r, "weigh new tariffs", "quotation", "Ana Ruiz", "said");
}

}  // namespace

namespace {

// A naming participle after a noun in an object phrase names a thing; after a subject it reports words.
TEST(Quotes, ANamingParticipleAfterAnObjectNounNamesAThing) {
  Result r = run("Visitors to the market bought a spiced bread called \"Golden Hearth\" by the dozen.\n"
                 "The studio released a short documentary titled \"Winter on the Salt Flats\" last spring.\n"
                 "The governor called \"for patience and calm\" after the storm.\n");
  EXPECT_EQ(r.find("Golden Hearth")->kind, "scare");
  EXPECT_EQ(r.find("Winter on the Salt Flats")->kind, "scare");
  EXPECT_QUOTE(r, "for patience and calm", "quotation", "The governor", "called");
}

// A hyphenated compound is one word of a quote: alone between marks it is a scare quote.
TEST(Quotes, AHyphenatedCompoundIsOneWordOfAQuote) {
  Result r = run("The survey says the valley farmed for years in the spirit of \"self-sufficiency\" alone.\n");
  EXPECT_EQ(r.find("self-sufficiency")->kind, "scare");
}

}  // namespace

namespace {

// Definite members ("the delegates") speak for the body last spoken of; indefinite ones for no one.
TEST(QuoteSpeakers, DefiniteMembersSpeakForTheBodyLastSpokenOf) {
  parley::Document doc = parley::analyze(
      "Harbour talks\n"
      "The Baltic Fisheries Council published a communique on Tuesday.\n"
      "The ministers urged both fleets \"to share the northern grounds until spring\".\n"
      "Ministers in other capitals urged \"a far more cautious reading of the data\".\n");
  EXPECT_EQ(speaker_name(doc, "to share the northern grounds"), "Baltic Fisheries Council");
  bool found = false;
  for (const auto& q : doc.quotes)
    if (doc.slice(q.start, q.end).starts_with("a far more cautious reading")) found = q.speaker.empty();
  EXPECT_TRUE(found) << "the second quote is found, and no one is its speaker";
}

}  // namespace

namespace {

// A cue whose clause introduces the quote outright frames it; an "as" clause after the quote is a
// circumstance, not its attribution.
TEST(Quotes, AFramingCueBeforeBeatsAnAsClauseAfter) {
  Result r = run("As the Harbour Ledger remarked on the early count, \"the result leaves no doubt at all,\" as "
                 "opposition groups urged voters to stay home.\n");
  EXPECT_QUOTE(r, "the result leaves no doubt at all", "quotation", "the Harbour Ledger", "remarked");
}

}  // namespace

namespace {

// A line of reported speech whose only quote is a scare quote still hands its speaker on to the
// next line that is one quote.
TEST(QuoteSpeakers, AScareQuoteDoesNotStopTheReportedSpeakerGoingOn) {
  parley::Document doc = parley::analyze(
      "Comet season\n"
      "The comet returns to northern skies next week after an absence of six years.\n"
      "Elin Varga, head of the city observatory, said that the comet would be faint, a \"quiet\" show for most.\n"
      "\"Observers should look low in the east after midnight and give their eyes time to adapt.\"\n");
  EXPECT_EQ(speaker_name(doc, "Observers should look low"), "Elin Varga");
}

}  // namespace

namespace {

// Speech reported as an introduction: "X introduced that ...", "As introduced by X, ...".
TEST(Quotes, SpeechReportedAsAnIntroduction) {
  Result r = run("Wang Dehua introduced that \"the new rail line will open in May next year.\"\n"
                 "As introduced by Chen Yuqing, \"the new port will take its first ships in June.\"\n"
                 "The senator introduced a measure on \"fair and open harbour fees for all\" last year.\n");
  EXPECT_QUOTE(r, "the new rail line will open in May next year.", "quotation", "Wang Dehua", "introduced that");
  EXPECT_QUOTE(r, "the new port will take its first ships in June.", "quotation", "Chen Yuqing", "as introduced by");
  EXPECT_EQ(r.find("fair and open harbour fees for all")->cue, "");
}

}  // namespace

namespace {

// Machine translation from Russian: a role's whole complement stands between the role and the name
// with no comma, the addressee of "told" comes before the speaker, and "said in X" has X speak.
TEST(QuoteSpeakers, TheNameAfterARolesComplementSpeaksWhenNoCommaSetsItOff) {
  parley::Document doc = parley::analyze(
      "Tver, 12 April.\n"
      "\"The bridge will reopen in May,\" added the deputy head of the regional road agency Boris Lemekhov.\n"
      "\"Traffic will be slow until then\", told reporters the press secretary of the governor Yana Olkhina.\n");
  EXPECT_EQ(speaker_name(doc, "The bridge will reopen"), "Boris Lemekhov");
  EXPECT_EQ(speaker_name(doc, "Traffic will be slow"), "Yana Olkhina");
}

TEST(Quotes, SaidInABodyIsTheBodySpeaking) {
  Result r = run("\"We are ready to help,\" said in the press service of the regional ministry.\n"
                 "\"It was a long day,\" said in an interview the director.\n");
  EXPECT_QUOTE(r, "We are ready to help", "quotation", "the press service", "said");
  EXPECT_NE(r.find("It was a long day")->speaker_text, "an interview");
}

}  // namespace

namespace {

// Machine translation, one sentence a line: a quotation runs on over many lines, and its closing mark
// comes out with the space on the wrong side.
TEST(QuoteMarks, AQuoteRunsOnOverTenLinesToItsClosingMark) {
  std::string text = "Goalkeeper signs for the harbour club\n\"Because of an injury I was out for a year.\n";
  for (int k = 0; k < 8; ++k) text += "I trained alone every morning and every evening.\n";
  text += "Now I am ready to play,\" Tarmo Lind said on Sunday.\n";
  Result r = run(text);
  const Q* q = nullptr;
  for (const auto& x : r.quotes)
    if (x.text.starts_with("Because of an injury") && x.text.ends_with("Now I am ready to play")) q = &x;
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->closed);
  EXPECT_EQ(q->speaker_text, "Tarmo Lind");
}

TEST(QuoteMarks, AMisplacedStraightClosingMarkClosesTheQuoteCarriedIntoItsLine) {
  Result r = run("\"When the crews arrived, the roof of the depot was already burning.\n"
                 "Nobody was hurt, \"the ministry said in a statement.\n"
                 "\"We are ready to play again.\n"
                 "The coach will decide, \"- said Tarmo Lind.\n");
  EXPECT_QUOTE(r, "When the crews arrived, the roof of the depot was already burning.\nNobody was hurt", "quotation",
               "the ministry", "said");
  EXPECT_QUOTE(r, "We are ready to play again.\nThe coach will decide", "quotation", "Tarmo Lind", "said");
}

TEST(QuoteMarks, QuotedPhrasesListedAfterCommasStayApart) {
  Result r = run("As the agency put it after the count, \"the result leaves no doubt,\" and the vote went on.\n"
                 "Failures named were \"the feud with the neighbours\", \"the empty shops\", \"the closed port\".\n");
  EXPECT_NE(r.find("the empty shops"), nullptr);
  EXPECT_NE(r.find("the closed port"), nullptr);
  EXPECT_NE(r.find("the result leaves no doubt"), nullptr);
}

TEST(Quotes, ARoleAndItsComplementBetweenTheQuoteAndTheName) {
  Result r = run("\"The appeal court should decide,\" press secretary of the city courts Anna Reva earlier explained"
                 " to the radio's correspondent.\n");
  EXPECT_QUOTE(r, "The appeal court should decide", "quotation", "Anna Reva", "explained");
}

TEST(QuoteSpeakers, APartOfABodySpeaksForTheBody) {
  parley::Document doc = parley::analyze(
      "Tver, 12 April.\n"
      "\"Two lorries collided on the bridge,\" said the press service of the regional office of the Ministry "
      "of Transport.\n");
  EXPECT_EQ(speaker_name(doc, "Two lorries collided"), "Ministry of Transport");
}

}  // namespace

namespace {

TEST(Quotes, AnInvertedCueFollowedByASpeechParticipleClosesTheSentence) {
  Result r = run("The mayor's \"hasty promises\" and \"empty words\" will backfire, she told the radio, adding that voters"
                 " would remember them.\n");
  EXPECT_QUOTE(r, "hasty promises", "quotation", "she", "told");
  EXPECT_QUOTE(r, "empty words", "quotation", "she", "told");
}

TEST(Quotes, ASourceOfSeveralWordsQuotesTheSpeakerAsSaying) {
  Result r = run("\"We are all rested and ready for the new season,\" the English-language page of the official league"
                 " site quotes Tarmo Lind as saying.\n");
  EXPECT_QUOTE(r, "We are all rested and ready for the new season", "quotation", "Tarmo Lind", "quotes");
}

TEST(Quotes, AStatementFromABodyReadsTheWords) {
  Result r = run("\"No one was hurt in the fire,\" reads the statement from the Ministry of Transport.\n");
  EXPECT_QUOTE(r, "No one was hurt in the fire", "quotation", "the statement from the Ministry of Transport",
               "reads");
}

TEST(QuoteSpeakers, TheNextSentenceSaysWhoSpokeAboutThis) {
  parley::Document doc = parley::analyze(
      "Port fees\n"
      "The rise was \"a blow to every family on the coast.\"\n"
      "Karin Holm spoke about this on Monday.\n");
  EXPECT_EQ(speaker_name(doc, "a blow to every family"), "Karin Holm");
}

}  // namespace

namespace {

// English news, from the blind English dev batch.
TEST(QuoteSpeakers, APronounMeansTheSubjectNamedWithAPartyInBrackets) {
  parley::Document doc = parley::analyze(
      "Port hearing\n"
      "\"The fees will stay,\" Lin Meiyu, a spokeswoman for the port, said. She added that talks would go on.\n"
      "Later Rep. Tom Aldane (R-Maine) described the case of a fisherman named Olle Brandt. \"Your fees ruined "
      "his season,\" he said.\n");
  EXPECT_EQ(speaker_name(doc, "Your fees ruined"), "Tom Aldane");
}

TEST(Quotes, AnInvertedSubjectWithALongAppositionEndsTheSentence) {
  Result r = run("Scolding \"makes you sound like an expert\" by putting others down, says Mara Velte, a professor of"
                 " rhetoric at a northern university who has studied online advice for years.\n");
  EXPECT_QUOTE(r, "makes you sound like an expert", "quotation", "Mara Velte", "says");
}

TEST(QuoteSpeakers, AQuoteAfterASentenceOfReportedSpeechIsTheReportersSpeaker) {
  parley::Document doc = parley::analyze(
      "Harbour rules\n"
      "Tomas Vilkas defended the plan on Monday. He added that the problems were the same in every port. "
      "\"We need clear rules that apply to all harbours alike.\"\n");
  EXPECT_EQ(speaker_name(doc, "We need clear rules"), "Tomas Vilkas");
}

}  // namespace

namespace {

// Chinese news closes a quotation of several sentences after the last full stop; segmented by
// sentence, the closing mark opens the next line.
TEST(QuoteMarks, AClosingMarkOpeningTheNextLineOfNarrationClosesTheQuote) {
  Result r = run("Harbour trade grows\n"
                 "\"The harbour has shown great strength this year.\n"
                 "Trade partners expect more growth.\n"
                 "\"Lena Haug, a trade expert at the port authority, said in an interview that the outlook was good.\n"
                 "Ships arrive every day.\n");
  const Q* q = r.find("The harbour has shown great strength this year.\nTrade partners expect more growth.");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->closed);
  for (const auto& x : r.quotes) EXPECT_FALSE(x.text.starts_with("Lena Haug")) << x.text;
}

TEST(Quotes, AThatClauseCarriesItsCueOverAnInnerClause) {
  Result r = run("Mara Velte said Friday that while the object's shape was unclear, it \"posed a real threat to small"
                 " planes.\"\n");
  EXPECT_QUOTE(r, "posed a real threat to small planes.", "quotation", "Mara Velte", "said");
}

TEST(QuoteSpeakers, AForecastSpeaksForTheBodyThatIssuedIt) {
  parley::Document doc = parley::analyze(
      "River outlook\n"
      "The Northern Weather Service issued its spring flood outlook on Thursday.\n"
      "\"Water levels will stay high for a large part of the valley,\" the outlook said.\n");
  EXPECT_EQ(speaker_name(doc, "Water levels will stay high"), "Northern Weather Service");
}

}  // namespace

namespace {

TEST(Quotes, ASourcePhraseOpeningTheSentenceCoversItsMainClause) {
  Result r = run("Although the object's shape was unknown, according to harbour spokesman Tomas Vilkas, it \"posed a real"
                 " danger to small boats.\"\n");
  EXPECT_QUOTE(r, "posed a real danger to small boats.", "quotation", "harbour spokesman Tomas Vilkas", "according to");
}

TEST(Quotes, TheCueIntroducingAQuoteBeatsAReportsSourceAfterIt) {
  Result r = run("Former mayor Lena Haug wrote on Friday, \"The new bridge is a gift to the whole valley,\" according to a"
                 " Harbour Times story.\n");
  EXPECT_QUOTE(r, "The new bridge is a gift to the whole valley", "quotation", "Lena Haug", "wrote");
}

}  // namespace

namespace {

TEST(Quotes, ADefiniteDescriptionWithAnUnknownHeadIsThePersonLastNamed) {
  static const parley::Analyzer analyzer;
  Result r = run(
      "Marta Kovalenko opened the exhibition on Friday.\n"
      "\"We waited ten years for this room,\" the curator said.\n"
      "\"Nobody told us about the closure,\" the other side said.\n",
      analyzer);
  EXPECT_QUOTE(r, "We waited ten years for this room", "quotation", "the curator", "said");
  const Q* curator = r.find("We waited ten years for this room");
  ASSERT_NE(curator, nullptr);
  EXPECT_FALSE(curator->speaker.empty());
  const Q* side = r.find("Nobody told us about the closure");
  ASSERT_NE(side, nullptr);
  EXPECT_EQ(side->speaker_text, "the other side");
  EXPECT_TRUE(side->speaker.empty());
}

}  // namespace

namespace {

TEST(Quotes, ACueAfterAndSharesTheSentencesSubject) {
  Result r = run(
      "The hearing ended late.\n"
      "Tobias Renn spoke on Monday and said the books are \u201cspecifically addressing the same issues again.\u201d\n"
      "She thanked the staff and added that the plan was \u201cthe best we could do in a year.\u201d\n");
  EXPECT_QUOTE(r, "specifically addressing the same issues again.", "quotation", "Tobias Renn", "said");
  EXPECT_QUOTE(r, "the best we could do in a year.", "quotation", "She", "added");
}

TEST(Quotes, ABodysKindBeforeItsName) {
  static const parley::Analyzer analyzer;
  Result r = run(
      "According to nonprofit Harwick Institute, the books have been in storage for months \u201cwith little "
      "indication of when they might return.\u201d\n",
      analyzer);
  EXPECT_QUOTE(r, "with little indication of when they might return.", "quotation", "Harwick Institute",
               "according to");
}

TEST(Quotes, APartialQuoteInAPersonsSentence) {
  static const parley::Analyzer analyzer;
  Result r = run(
      "Talks resumed in Vienna.\n"
      "Daniel Quennel found the new timetable \"unworkable\" and left early.\n"
      "The delegates visited the \"Nord Stream\" site.\n",
      analyzer);
  EXPECT_QUOTE(r, "unworkable", "quotation", "Daniel Quennel", "");
  const Q* site = r.find("Nord Stream");
  ASSERT_NE(site, nullptr);
  EXPECT_EQ(site->kind, "scare");
}

}  // namespace

namespace {

TEST(Quotes, APronounFindsAPersonNamedOutsideASubject) {
  static const parley::Analyzer analyzer;
  Result r = run(
      "For Dr. Ann Roe, there is some irony in the new bill.\n"
      "The longtime advocate finds the plan odd.\n"
      "\"I think the first thing that will happen is a long queue,\" she says.\n"
      "The speech was praised on Friday by former envoy of the Harwick Council Daniel Quennel.\n"
      "Tobias Renn's \"angry cries\" would have the opposite effect, he told the radio.\n",
      analyzer);
  const Q* roe = r.find("I think the first thing that will happen is a long queue");
  ASSERT_NE(roe, nullptr);
  EXPECT_EQ(roe->speaker_text, "she");
  ASSERT_FALSE(roe->speaker.empty());
  const Q* cries = r.find("angry cries");
  ASSERT_NE(cries, nullptr);
  EXPECT_EQ(cries->speaker_text, "he");
  EXPECT_NE(cries->speaker, roe->speaker);
}

TEST(Quotes, APartialQuoteInNarrationGoesOnReportingTheLastSpeaker) {
  static const parley::Analyzer analyzer;
  Result r = run(
      "Analysts expect a long summer.\n"
      "\"The first scenario is a slow decline,\" said Daniel Quennel, a former deputy.\n"
      "Another scenario is the rise of \"a new movement of the regions\" by the autumn.\n"
      "The weather in May was \"quite unusual\" on the farm of Anna Berg.\n",
      analyzer);
  const Q* first = r.find("The first scenario is a slow decline");
  ASSERT_NE(first, nullptr);
  const Q* second = r.find("a new movement of the regions");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->kind, "quotation");
  EXPECT_EQ(second->speaker, first->speaker);
  const Q* weather = r.find("quite unusual");
  ASSERT_NE(weather, nullptr);
  EXPECT_EQ(weather->kind, "scare");  // another person is named in its sentence
}

TEST(Quotes, RealizingIsAVerbOfThought) {
  Result r = run("The firm began to change because Tobias Renn realized, \"Once the market is open, the brands will "
                 "form a market of their own.\"\n");
  EXPECT_QUOTE(r, "Once the market is open, the brands will form a market of their own.", "quotation", "Tobias Renn",
               "realized");
}

// An unclosed quotation carried over lines without marks ends where a later line opens with a new one.
TEST(QuoteMarks, AnOpeningMarkAfterUnmarkedLinesStartsANewQuote) {
  Result r = run(
      "Growth engine of the region, says the economist\n"
      "\"The economy has shown great resilience in the face of the shocks.\n"
      "Markets expect more growth abroad.\n"
      "According to Lena Varga, the region reacted calmly to the shocks.\n"
      "\"The region has grown fast for many years and is now moving to quality.\n"
      "\"Investment and training will keep it strong in the next plan,\" Lena Varga said.\n"
      "\"This one quotation\n"
      "\"goes on over two paragraphs,\" she added.\n");
  const Q* first = nullptr;
  for (const auto& q : r.quotes)
    if (q.text.starts_with("The economy has shown")) first = &q;
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->text.find("The region has grown"), std::string::npos) << first->text;
  ASSERT_NE(r.find("Investment and training will keep it strong in the next plan"), nullptr);
  const Q* two = nullptr;
  for (const auto& q : r.quotes)
    if (q.text.starts_with("This one quotation")) two = &q;
  ASSERT_NE(two, nullptr);
  EXPECT_NE(two->text.find("goes on over two paragraphs"), std::string::npos);  // English usage kept
}

}  // namespace
