// Entities: synthetic articles in varied styles (none of the corpus wording), and edge cases.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entity_spans.h"
#include "parley/analyzer.h"

namespace {

using parley::Document;
using parley::Entity;
using parley::Label;
using parley::testing::has_span;

// The surface of each mention, as a user reads it (code-point offsets).
std::vector<std::string> mention_texts(const Document& doc, const Entity& e) {
  std::vector<std::string> out;
  for (const auto& m : e.mentions) out.emplace_back(doc.slice(m.start, m.end));
  return out;
}

const Entity* find(const Document& doc, const std::string& name, Label label) {
  for (const auto& e : doc.entities)
    if (e.name == name && e.label == label) return &e;
  return nullptr;
}

std::vector<std::string> attr(const Entity& e, const std::string& key) {
  auto it = e.attributes.find(key);
  return it == e.attributes.end() ? std::vector<std::string>{} : it->second;
}

TEST(Entities, TitleAndNameGivesPersonWithTitle) {
  Document doc = parley::analyze(
      "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Tuesday.\n"
      "Scholz said the talks were useful. Macron's office did not comment.\n");
  const Entity* scholz = find(doc, "Olaf Scholz", Label::kPerson);
  ASSERT_NE(scholz, nullptr);
  EXPECT_EQ(mention_texts(doc, *scholz), (std::vector<std::string>{"Olaf Scholz", "Scholz"}));
  EXPECT_EQ(attr(*scholz, "titles"), std::vector<std::string>{"German Chancellor"});
  const Entity* macron = find(doc, "Emmanuel Macron", Label::kPerson);
  ASSERT_NE(macron, nullptr);
  EXPECT_EQ(mention_texts(doc, *macron), (std::vector<std::string>{"Emmanuel Macron", "Macron"}));
  EXPECT_TRUE(has_span(doc, "Paris", Label::kGpe));
  EXPECT_TRUE(has_span(doc, "German", Label::kNorp));
  EXPECT_TRUE(has_span(doc, "French", Label::kNorp));
  EXPECT_TRUE(has_span(doc, "Tuesday", Label::kDate));
}

TEST(Entities, TitleMentionsBindToThePersonIntroducedWithThem) {
  Document doc = parley::analyze(
      "British Foreign Secretary Alana Pryce-Whitby arrived in Warsaw.\n"
      "The talks were short. Later the British Foreign Secretary told reporters she was hopeful.\n");
  const Entity* p = nullptr;
  for (const auto& e : doc.entities)
    if (e.label == Label::kPerson && e.name.find("Whitby") != std::string::npos) p = &e;
  ASSERT_NE(p, nullptr);
  auto texts = mention_texts(doc, *p);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "British Foreign Secretary"), texts.end());
  EXPECT_EQ(attr(*p, "mention_kinds").back(), "title");
}

TEST(Entities, AmbiguousTitleIsNotBound) {
  Document doc = parley::analyze(
      "Finnish President Aino Leskinen and Chilean President Tomas Ribera met in Lima.\n"
      "The president said the meeting went well.\n");
  for (const auto& e : doc.entities)
    for (const auto& t : mention_texts(doc, e)) EXPECT_NE(t, "president");
}

TEST(Entities, SurnameAndPossessiveGroupWithFullName) {
  Document doc = parley::analyze(
      "Republican Senator Marla Quintero-Haynes criticised the plan. Quintero-Haynes's aides "
      "declined to elaborate, but Senator Quintero-Haynes said more was coming.\n");
  int people = 0;
  for (const auto& e : doc.entities)
    if (e.label == Label::kPerson) {
      ++people;
      EXPECT_EQ(e.mentions.size(), 3u) << e.name;
    }
  EXPECT_EQ(people, 1);
}

TEST(Entities, SentenceOpenersAreNotNames) {
  Document doc = parley::analyze(
      "However, the vote was delayed. Meanwhile, officials waited. Nevertheless the mood was calm.\n");
  for (const auto& e : doc.entities)
    EXPECT_TRUE(e.label != Label::kPerson && e.label != Label::kOrg) << e.name;
}

TEST(Entities, UnknownPairWithSpeechVerbIsPerson) {
  Document doc = parley::analyze("The market fell sharply, Okonkwo Bellamy said on the phone.\n");
  EXPECT_NE(find(doc, "Okonkwo Bellamy", Label::kPerson), nullptr);
}

TEST(Entities, OrganisationHeadWords) {
  Document doc = parley::analyze(
      "The Brazilian Foreign Ministry and the Vantaa Institute of Applied Ethics issued statements; "
      "the Norwegian Refugee Council did not.\n");
  EXPECT_TRUE(has_span(doc, "Brazilian Foreign Ministry", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Vantaa Institute of Applied Ethics", Label::kOrg));
  EXPECT_TRUE(has_span(doc, "Norwegian Refugee Council", Label::kOrg));
}

TEST(Entities, CuratedAndUserAliasesGroupVariants) {
  parley::Options o;
  o.gazetteer.push_back({"Acme Widgets", Label::kOrg, ""});
  o.aliases.push_back({"Acme", "Acme Widgets"});
  parley::Analyzer a(o);
  Document doc = a.analyze("Troops left Kiev. Kyiv was quiet. Acme Widgets and Acme hired staff.\n");
  const Entity* kyiv = find(doc, "Kyiv", Label::kGpe);
  ASSERT_NE(kyiv, nullptr);
  EXPECT_EQ(mention_texts(doc, *kyiv), (std::vector<std::string>{"Kiev", "Kyiv"}));
  const Entity* acme = find(doc, "Acme Widgets", Label::kOrg);
  ASSERT_NE(acme, nullptr);
  EXPECT_EQ(acme->mentions.size(), 2u);
}

TEST(Entities, WeekdayFixesTheYearAndZoneTheOffset) {
  Document doc = parley::analyze(
      "The vote, first planned in 2023, is now set for June 3 (Tuesday) at 9:30 a.m. Eastern Time.\n"
      "A second round may follow in January.\n");
  const Entity* d = find(doc, "June 3 (Tuesday)", Label::kDate);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(attr(*d, "value"), std::vector<std::string>{"2025-06-03"});
  const Entity* t = find(doc, "9:30 a.m.", Label::kTime);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(attr(*t, "value"), std::vector<std::string>{"2025-06-03T09:30-04:00"});  // EDT in June
  const Entity* jan = find(doc, "January", Label::kDate);
  ASSERT_NE(jan, nullptr);
  EXPECT_EQ(attr(*jan, "value"), std::vector<std::string>{"2025-01"});
  // What was inferred is said: the year from the weekday, then from the article's dates.
  EXPECT_EQ(attr(*d, "inferred"), std::vector<std::string>{"year from weekday"});
  EXPECT_EQ(attr(*jan, "inferred"), std::vector<std::string>{"year from the article's dates"});
  Document stated = parley::analyze("The vote is set for June 3, 2025.\n");
  const Entity* full = find(stated, "June 3, 2025", Label::kDate);
  ASSERT_NE(full, nullptr);
  EXPECT_TRUE(attr(*full, "inferred").empty());
}

TEST(Entities, WinterTimeAndMonthYear) {
  Document doc = parley::analyze(
      "Talks resumed on January 15, 2024 at 14:00 Moscow Time and 6:00 a.m. Eastern Time, "
      "after a pause since March 2019.\n");
  const Entity* t1 = find(doc, "14:00", Label::kTime);
  ASSERT_NE(t1, nullptr);
  EXPECT_EQ(attr(*t1, "value"), std::vector<std::string>{"2024-01-15T14:00+03:00"});
  const Entity* t2 = find(doc, "6:00 a.m.", Label::kTime);
  ASSERT_NE(t2, nullptr);
  EXPECT_EQ(attr(*t2, "value"), std::vector<std::string>{"2024-01-15T06:00-05:00"});
  const Entity* m = find(doc, "March 2019", Label::kDate);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(attr(*m, "value"), std::vector<std::string>{"2019-03"});
}

TEST(Entities, FiguresMoneyPercent) {
  Document doc = parley::analyze(
      "Exports rose 12 percent to $3.5 billion, while imports fell by 8.5% and nearly 4,000 jobs "
      "went. The fund is worth billions of euros. It was a 14-point plan.\n");
  const Entity* money = find(doc, "$3.5 billion", Label::kMoney);
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(attr(*money, "value"), std::vector<std::string>{"3500000000 USD"});
  EXPECT_TRUE(has_span(doc, "12 percent", Label::kPercent));
  EXPECT_TRUE(has_span(doc, "8.5%", Label::kPercent));
  const Entity* jobs = find(doc, "nearly 4,000", Label::kCardinal);
  ASSERT_NE(jobs, nullptr);
  EXPECT_EQ(attr(*jobs, "value"), std::vector<std::string>{"~4000"});
  EXPECT_TRUE(has_span(doc, "billions of euros", Label::kMoney));
  EXPECT_TRUE(has_span(doc, "14", Label::kCardinal));
}

TEST(Entities, Urls) {
  Document doc = parley::analyze("Read more at https://example.org/a/b?c=1. Or www.example.com.\n");
  EXPECT_TRUE(has_span(doc, "https://example.org/a/b?c=1", Label::kUrl));
  EXPECT_TRUE(has_span(doc, "www.example.com", Label::kUrl));
}

TEST(Entities, UrlsEndOnWholeCodePoints) {
  // A non-ASCII space, a curly quote or CJK punctuation ends a URL; letters of
  // any script continue it; the URL never ends inside a UTF-8 sequence.
  Document doc = parley::analyze(
      "See www.x.org\u00A0now, \u201Chttps://a.b/c\u201D and http://c.d/\u0434\u0430 or "
      "https://e.f/g\u3002\n");
  EXPECT_TRUE(has_span(doc, "www.x.org", Label::kUrl));
  EXPECT_TRUE(has_span(doc, "https://a.b/c", Label::kUrl));
  EXPECT_TRUE(has_span(doc, "http://c.d/\u0434\u0430", Label::kUrl));
  EXPECT_TRUE(has_span(doc, "https://e.f/g", Label::kUrl));
  EXPECT_NO_THROW(doc.to_json());
}

TEST(Entities, CodePointOffsetsOnNonAsciiText) {
  std::string text =
      "«Привет» — café owner José Álvarez said in Zürich 🙂 that Chancellor Jürgen Weiß’s plan "
      "costs €40 million.\n";
  Document doc = parley::analyze(text);
  ASSERT_FALSE(doc.entities.empty());
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions) {
      ASSERT_LE(m.start, m.end);
      ASSERT_LE(m.end, doc.size());
      EXPECT_FALSE(doc.slice(m.start, m.end).empty());
    }
  EXPECT_TRUE(has_span(doc, "José Álvarez", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "Jürgen Weiß", Label::kPerson));
  EXPECT_TRUE(has_span(doc, "€40 million", Label::kMoney));
}

TEST(Entities, IdsAndMentionOrder) {
  Document doc = parley::analyze(
      "Belgian Prime Minister Ivo Dierckx visited Ghent. Dierckx later returned to Ghent.\n");
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    EXPECT_EQ(doc.entities[i].id, "E" + std::to_string(i + 1));
    const auto& ms = doc.entities[i].mentions;
    for (std::size_t k = 1; k < ms.size(); ++k) EXPECT_LT(ms[k - 1].start, ms[k].start);
    if (i > 0) EXPECT_LT(doc.entities[i - 1].mentions[0].start, ms[0].start);
  }
}

TEST(Entities, DisabledByOption) {
  parley::Options o;
  o.entities = false;
  EXPECT_TRUE(parley::Analyzer(o).analyze("US President Donald Trump spoke.\n").entities.empty());
}

TEST(Entities, AdversarialInputsStayWellFormed) {
  std::vector<std::string> inputs = {
      std::string(200000, '-'),
      [] {
        std::string s;
        for (int i = 0; i < 60000; ++i) s += "Alpha ";
        return s;
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 30000; ++i) s += "May 19 (Monday) 10:00 AM $5 ";
        return s;
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 30000; ++i) s += "President of the United States of ";
        return s;
      }(),
      [] {
        std::string s;
        for (int i = 0; i < 20000; ++i) s += "Q: http://x ";
        return s + "\n";
      }(),
      "", "\n\n\n", "$", "10:", "May", "(", "the", "Mr.",
  };
  for (const auto& in : inputs) {
    Document doc = parley::analyze(in);
    for (const auto& e : doc.entities)
      for (const auto& m : e.mentions) {
        ASSERT_LE(0, m.start);
        ASSERT_LE(m.start, m.end);
        ASSERT_LE(m.end, doc.size());
      }
  }
}

}  // namespace
