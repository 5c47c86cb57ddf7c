// Robustness: adversarial and mutated inputs never crash, never throw anything
// but ParseError, and always give a Document whose spans are inside the text, in
// order, and survive the JSON round trip (tests/fuzz/invariants.h). Also: one
// Analyzer shared by several threads gives the results of one thread (run under
// ThreadSanitizer by `make test`). No timing here: bench/ measures speed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "../../tests/fuzz/invariants.h"
#include "parley/analyzer.h"
#include "parley/error.h"

namespace {

using parley::testing::check_invariants;

std::string repeat(std::string_view unit, std::size_t n) {
  std::string s;
  s.reserve(unit.size() * n);
  for (std::size_t i = 0; i < n; ++i) s += unit;
  return s;
}

std::string numbered(const char* fmt, std::size_t n) {
  std::string s;
  char buf[256];
  for (std::size_t i = 0; i < n; ++i) s.append(buf, static_cast<std::size_t>(std::snprintf(buf, sizeof buf, fmt, i, i)));
  return s;
}

std::vector<std::string> corpus_texts() {
  std::vector<std::string> out;
  std::vector<std::filesystem::path> files;
  // The development corpus beside the checkout, else the articles the package bundles (a clone alone).
  std::error_code ec;
  for (const char* dir : {PARLEY_CORPUS, PARLEY_EXAMPLES}) {
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    if (!files.empty()) break;
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    out.push_back(buf.str());
  }
  return out;
}

struct Adversarial {
  const char* name;
  std::string text;
};

void PrintTo(const Adversarial& a, std::ostream* os) { *os << a.name; }

std::vector<Adversarial> adversarial_inputs() {
  const std::string corpus = [] {
    std::string s;
    for (const auto& t : corpus_texts()) s += t + "\n";
    return s;
  }();
  std::string one_line = corpus;
  std::replace(one_line.begin(), one_line.end(), '\n', ' ');
  return {
      {"Empty", ""},
      {"OnlyNewlines", repeat("\n", 5000)},
      {"OnlyWhitespace", repeat(" \t\xC2\xA0\r\n", 2000)},
      {"CrLfArticle", [&] {
         std::string s;
         for (char c : corpus) s += c == '\n' ? std::string("\r\n") : std::string(1, c);
         return s;
       }()},
      {"NulBytes", repeat(std::string_view("a\0\"\0:\n", 6), 2000)},
      {"ByteOrderMark", "\xEF\xBB\xBFQ: Who?\n\xEF\xBB\xBF" "A: Me.\n"},
      {"StraightQuoteMarks", repeat("\"", 100000)},
      {"CurlyQuoteMarks", repeat("\xE2\x80\x9C\xE2\x80\x9D", 30000)},
      {"UnclosedOpenQuotes", repeat("\xE2\x80\x9Cword ", 20000)},
      {"UnopenedCloseQuotes", repeat("word\xE2\x80\x9D ", 20000)},
      {"NestedQuotesDeep", repeat("\xC2\xAB\xE2\x80\x9E\xE2\x80\x9C\xE2\x80\x98", 5000) + "x" +
                               repeat("\xE2\x80\x99\xE2\x80\x9D\xE2\x80\x9C\xC2\xBB", 5000)},
      {"QuotesAcrossParagraphs", repeat("\"He said\n", 5000)},
      {"SingleQuotesAndApostrophes", repeat("'tis Putin's 'word' rock 'n' roll ' ", 5000)},
      {"EmDashes", repeat("\xE2\x80\x94", 100000)},
      {"DashParagraphs", repeat("\xE2\x80\x94\n", 20000)},
      {"DashTurns", repeat("\xE2\x80\x94 Yes.\n- No.\n\xE2\x80\x93 Maybe.\n", 5000)},
      {"QParagraphs", repeat("Q:\n", 20000)},
      {"QAPairs", repeat("Q: Why?\nA: Because.\n", 10000)},
      {"ColonsOnly", repeat(":", 50000) + "\n" + repeat(":\n", 10000)},
      {"LabelWithoutText", repeat("Vladimir Putin:\n", 5000)},
      {"DistinctSpeakers", numbered("Speaker%zu Person%zu: We said \"yes\" to it.\n", 5000)},
      {"LongSpeakerLabel", repeat("Word ", 20000) + ": text\n"},
      {"CapitalisedRun", [] {
         std::string s;
         for (std::size_t i = 0; i < 30000; ++i) s += std::string(1, static_cast<char>('A' + i % 26)) + "bcd ";
         return s;
       }()},
      {"AllCapsLines", repeat("THE PRESIDENT OF THE UNITED STATES SAID\n", 5000)},
      {"ParenthesesStage", repeat("(", 30000) + repeat(")", 30000) + "\n" + repeat("(LAUGHTER)\n", 5000)},
      {"AttributedQuotes", numbered("\"It is %zu,\" Officer%zu said. He added: \"No.\"\n", 5000)},
      {"SaidWithoutQuotes", repeat("said said told according to ", 10000)},
      {"HeaderLikeLines", repeat("By John Smith\nAuthor: X\nDisclaimer:\nOriginal Source: http://\n* * *\n", 3000)},
      {"Urls", repeat("http://example.com/a/b?c=d&e=\"f\" www.x.org ", 10000)},
      // A URL running into non-ASCII: a byte of a multi-byte character must not end it (found by Hypothesis:
      // the URL entity ended after 0xF0 of U+20000, to_json threw and Python raised UnicodeDecodeError).
      {"UrlThenNonAscii", "Original Source: http://example.com\xF0\xA0\x80\x80\nSee www.x.org\xC2\xA0now "
                          "http://a.b/\xD0\xB4\xD0\xB0 http://c.d\xE2\x80\x94" "e.\n"},
      {"Numbers", repeat("1,000,000.5 $3.5bn 25% 12:30 March 7, 2013 ", 5000)},
      {"OneLongLine", one_line + one_line},
      {"LongWord", repeat("a", 300000)},
      {"MixedScripts", repeat("Путин сказал: \xC2\xAB\xD0\x94\xD0\xB0\xC2\xBB. \xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3 \xF0\x9F\x98\x80 "
                              "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 ",
                              5000)},
      {"CombiningMarks", repeat("e\xCC\x81\xCC\x81\xCC\x81 \xE2\x80\x8B\xE2\x80\x8D", 20000)},
      {"SurrogateFreeMaxCodePoints", repeat("\xF4\x8F\xBF\xBF\xEF\xBF\xBF", 20000)},
      {"CorpusRepeated", repeat(corpus, 3)},
  };
}

class AdversarialInput : public ::testing::TestWithParam<Adversarial> {};

TEST_P(AdversarialInput, AnalysisKeepsInvariants) {
  const Adversarial& a = GetParam();
  parley::Document doc;
  ASSERT_NO_THROW(doc = parley::analyze(a.text));
  EXPECT_EQ(doc.text(), a.text);
  EXPECT_EQ(check_invariants(doc), "");
}

TEST_P(AdversarialInput, EachStageAloneKeepsInvariants) {
  const Adversarial& a = GetParam();
  for (int mask = 0; mask < 16; mask += 5) {  // none, structure+entities, turns+quotes, all but... a spread
    parley::Options o;
    o.structure = mask & 1;
    o.turns = mask & 2;
    o.entities = mask & 4;
    o.quotes = mask & 8;
    parley::Document doc;
    ASSERT_NO_THROW(doc = parley::Analyzer(o).analyze(a.text)) << "stage mask " << mask;
    EXPECT_EQ(check_invariants(doc, /*round_trip=*/false), "") << "stage mask " << mask;
  }
}

INSTANTIATE_TEST_SUITE_P(Robustness, AdversarialInput, ::testing::ValuesIn(adversarial_inputs()),
                         [](const auto& info) { return std::string(info.param.name); });

// Short texts that end inside a run of capitalised function words, titles and head-words: every rule
// that looks past a run must stop at the end of the text (regression: the fuzzer's one-byte "Y", a
// connector, sent the place rule one token past the last; ASan in `make test` sees such reads).
TEST(Robustness, TextsEndingInTitlesConnectorsAndHeadWords) {
  const std::vector<std::string> words = {"Y",        "The",    "Of",     "And",   "Mr",      "Dr.",   "President",
                                          "Minister", "Region", "County", "Lake",  "Ministry", "Said",  "Kiev",
                                          "Moscow",   "De",     "Van",    "U.S.",  "SP",      "QUESTION"};
  const std::vector<std::string> lead = {"", "He met ", "\xE2\x80\x94 ", "\"", "Q: "};
  const std::vector<std::string> tail = {"", ".", "\n", "'s", ":"};
  std::size_t n = 0;
  for (const auto& l : lead)
    for (const auto& a : words)
      for (const auto& b : words)
        for (const auto& t : tail) {
          for (const std::string& text : {l + a + t, l + a + " " + b + t}) {
            parley::Document doc;
            ASSERT_NO_THROW(doc = parley::analyze(text)) << text;
            ASSERT_EQ(check_invariants(doc), "") << text;
            ++n;
          }
        }
  EXPECT_EQ(n, 2 * lead.size() * words.size() * words.size() * tail.size());
}

// Corpus articles with random edits that stress the markers the stages read:
// quote marks, dashes, colons, line breaks, capitals, deletions.
TEST(Robustness, MutatedCorpusKeepsInvariants) {
  const std::vector<std::string> texts = corpus_texts();
  ASSERT_FALSE(texts.empty());
  const std::vector<std::string> inserts = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "'",
                                            "\xE2\x80\x94", "- ", ":", "\n", "\n\n", "Q: ", "A: ",
                                            "Vladimir Putin: ", " said ", "(", ")", " The ", "\xE2\x80\x99s"};
  std::mt19937 rng(12345);
  const parley::Analyzer analyzer;
  for (int round = 0; round < 60; ++round) {
    std::string t = texts[round % texts.size()];
    int edits = 1 + static_cast<int>(rng() % 40);
    for (int e = 0; e < edits && !t.empty(); ++e) {
      std::size_t pos = rng() % t.size();
      while (pos > 0 && (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80) --pos;  // on a code-point boundary
      if (rng() % 4 == 0) {
        std::size_t len = 1 + rng() % 30;
        std::size_t end = std::min(t.size(), pos + len);
        while (end < t.size() && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80) ++end;
        t.erase(pos, end - pos);
      } else {
        t.insert(pos, inserts[rng() % inserts.size()]);
      }
    }
    parley::Document doc;
    ASSERT_NO_THROW(doc = analyzer.analyze(t)) << "round " << round;
    ASSERT_EQ(check_invariants(doc), "") << "round " << round;
  }
}

// Malformed UTF-8 is the one documented failure: ParseError naming the byte offset.
TEST(Robustness, MalformedUtf8IsParseErrorWithOffset) {
  const std::vector<std::pair<std::string, std::int64_t>> cases = {
      {"ok \xFF", 3},                      // a byte that never starts UTF-8
      {"ab\xC0\xAF", 2},                   // overlong '/'
      {"x\xED\xA0\x80y", 1},               // an encoded surrogate (U+D800)
      {"\xF4\x90\x80\x80", 0},             // above U+10FFFF
      {"caf\xC3", 3},                      // truncated at the end
      {"\xE2\x80\x9C ok \xE2\x80", 7},     // truncated curly quote
      {"Q: \x80\n", 3},                    // lone continuation byte
  };
  for (const auto& [text, offset] : cases) {
    try {
      (void)parley::analyze(text);
      ADD_FAILURE() << "no ParseError for offset " << offset;
    } catch (const parley::ParseError& e) {
      EXPECT_EQ(e.code(), parley::ErrorCode::kInvalidUtf8);
      EXPECT_EQ(e.position(), offset) << e.what();
    }
  }
}

// from_json on arbitrary text: a Document or ParseError, nothing else.
TEST(Robustness, FromJsonRejectsGarbageWithParseError) {
  const std::vector<std::string> garbage = {"", "{", "[]", "null", "{\"schema\":\"parley.document/1\"}",
                                            "{\"schema\":\"other\",\"text\":\"a\"}",
                                            "{\"schema\":\"parley.document/1\",\"text\":5}",
                                            "{\"schema\":\"parley.document/1\",\"text\":\"a\",\"paragraphs\":[{}]}",
                                            repeat("[", 100000), "\xFF", "\xC2\x80", "\"\xE2\x80",
                                            "{\"schema\":\"parley.document/1\",\"text\":\"\xE2\x80\x9C\xFF\"}",
                                            // numbers beyond a double: nlohmann throws out_of_range, not parse_error
                                            "1" + std::string(400, '0'), "[1e999]", "{\"schema\":\"parley.document/1\",\"text\":-9e9999}"};
  for (const auto& g : garbage) {
    try {
      parley::Document d = parley::Document::from_json(g);
      (void)d.to_json();
    } catch (const parley::ParseError& e) {
      // The message reaches Python as a str: it must be valid UTF-8 even when the input is not
      // (regression: nlohmann quoted a cut UTF-8 sequence, and Python raised UnicodeDecodeError).
      EXPECT_NO_THROW(parley::analyze(e.what())) << "message of ParseError is not UTF-8 for input " << g.substr(0, 60);
    } catch (const std::exception& e) {
      ADD_FAILURE() << "from_json threw a non-ParseError on " << g.substr(0, 60) << ": " << e.what();
    }
  }
}

// One Analyzer from several std::threads: same Documents as one thread.
// `make test` also runs this under ThreadSanitizer (build/tsan).
TEST(Robustness, OneAnalyzerSharedByThreadsGivesSameResults) {
  std::vector<std::string> texts = corpus_texts();
  texts.push_back(numbered("Speaker%zu Person%zu: We said \"yes\" to it.\n", 200));
  texts.push_back(repeat("Q: Why?\n\xE2\x80\x94 Because, \xE2\x80\x9Cthey said\xE2\x80\x9D.\n", 200));
  parley::Options o;
  o.gazetteer = {{"Kremlin", parley::Label::kOrg, ""}};
  o.cue_verbs = {"quipped"};
  const parley::Analyzer analyzer(o);
  std::vector<std::string> expected;
  for (const auto& t : texts) expected.push_back(analyzer.analyze(t).to_json());

  constexpr int kThreads = 4;
  std::vector<std::vector<std::string>> got(kThreads);
  std::vector<std::thread> pool;
  for (int k = 0; k < kThreads; ++k)
    pool.emplace_back([&, k] {
      for (int round = 0; round < 3; ++round)
        for (std::size_t i = 0; i < texts.size(); ++i) {
          // Each thread starts at a different text, so different stages overlap in time.
          std::size_t j = (i + static_cast<std::size_t>(k)) % texts.size();
          std::string json = analyzer.analyze(texts[j]).to_json();
          if (round == 0) got[k].push_back(std::move(json));
          else if (json != got[k][i]) got[k][i] = "differs between rounds";
        }
    });
  for (auto& t : pool) t.join();
  for (int k = 0; k < kThreads; ++k)
    for (std::size_t i = 0; i < texts.size(); ++i)
      EXPECT_EQ(got[k][i], expected[(i + static_cast<std::size_t>(k)) % texts.size()]) << "thread " << k << " text " << i;
}

// The default analyze() builds its shared Analyzer on first use: racing first calls are safe.
TEST(Robustness, DefaultAnalyzeFromManyThreads) {
  std::vector<std::thread> pool;
  std::vector<std::size_t> paragraphs(4);
  for (int k = 0; k < 4; ++k)
    pool.emplace_back([&, k] { paragraphs[k] = parley::analyze("Q: Why?\nA: Because.\n").paragraphs.size(); });
  for (auto& t : pool) t.join();
  for (auto n : paragraphs) EXPECT_EQ(n, 2u);
}

}  // namespace
