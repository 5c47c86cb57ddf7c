// Interview turns: the corpus expectations (tests/data/golden/turns/corpus.json)
// and synthetic articles in each of the five styles.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "corpus.h"
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
using nlohmann::json;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

Options turns_only() {
  Options o;
  o.entities = false;
  o.quotes = false;
  return o;
}

Document run(const std::string& text, Options o = turns_only()) { return parley::Analyzer(std::move(o)).analyze(text); }

const parley::Speaker* speaker_of(const Document& d, std::size_t paragraph) {
  const std::string& id = d.paragraphs.at(paragraph).speaker;
  for (const auto& s : d.speakers)
    if (s.id == id) return &s;
  return nullptr;
}

const parley::Speaker* speaker_named(const Document& d, const std::string& name) {
  for (const auto& s : d.speakers)
    if (s.name == name) return &s;
  return nullptr;
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

// The speaker's name per paragraph ("" for none).
std::vector<std::string> names(const Document& d) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < d.paragraphs.size(); ++i) {
    const parley::Speaker* s = speaker_of(d, i);
    out.push_back(s ? s->name : "");
  }
  return out;
}

std::string text_of(const Document& d, std::size_t i) {
  return std::string(d.slice(d.paragraphs[i].start, d.paragraphs[i].end));
}

// The marker texts per paragraph, from the internal stages (markers are byte ranges in the Context).
std::vector<std::string> markers(const std::string& text, const Options& o = turns_only()) {
  Document doc{text};
  parley::detail::Context ctx(doc.text(), o, doc);
  parley::detail::StructureStage(o).run(ctx);
  parley::detail::TurnStage(o).run(ctx);
  std::vector<std::string> out;
  EXPECT_EQ(ctx.markers.size(), doc.paragraphs.size());
  for (std::size_t i = 0; i < ctx.markers.size(); ++i) {
    const auto& m = ctx.markers[i];
    EXPECT_EQ(m.start, static_cast<std::uint32_t>(doc.paragraphs[i].start));  // byte offsets before finalize
    out.emplace_back(ctx.text.substr(m.start, m.end - m.start));
  }
  return out;
}

// ---- the corpus -------------------------------------------------------------------------------

json golden() { return json::parse(read_file(std::string(PARLEY_TEST_DATA) + "/golden/turns/corpus.json")); }

std::vector<int> expand(const json& ranges) {
  std::vector<int> out;
  for (const auto& r : ranges) {
    std::string s = r.is_string() ? r.get<std::string>() : std::to_string(r.get<int>());
    std::size_t dash = s.find('-');
    int a = std::stoi(s.substr(0, dash));
    int b = dash == std::string::npos ? a : std::stoi(s.substr(dash + 1));
    for (int k = a; k <= b; ++k) out.push_back(k);
  }
  return out;
}

// 1-based line of each paragraph.
std::vector<int> lines_of(const Document& d) {
  std::vector<int> out;
  int line = 1;
  std::int64_t at = 0;
  const std::string& t = d.text();
  std::size_t byte = 0;
  for (const auto& p : d.paragraphs) {
    std::size_t target = d.byte_offset(p.start);
    for (; byte < target; ++byte) line += t[byte] == '\n';
    at = p.start;
    out.push_back(line);
  }
  (void)at;
  return out;
}

struct Expected {
  std::map<int, std::string> name;  // line -> speaker name
  std::map<int, std::string> role;  // line -> "interviewer" / "guest"
  std::set<int> either;
};

Expected expected_for(const json& g) {
  Expected e;
  for (const auto& [name, s] : g.at("speakers").items())
    for (int line : expand(s.at("lines"))) {
      e.name[line] = name;
      e.role[line] = s.at("role").get<std::string>();
    }
  for (int line : expand(g.at("either"))) e.either.insert(line);
  return e;
}

TEST(TurnsCorpus, RoleOfEveryParagraph) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  json gold = golden();
  for (const auto& [file, g] : gold.items()) {
    if (file.starts_with("_")) continue;
    SCOPED_TRACE(file);
    Document d = run(read_file(std::string(PARLEY_CORPUS) + "/" + file));
    Expected e = expected_for(g);
    std::vector<int> lines = lines_of(d);
    int right = 0;
    for (std::size_t i = 0; i < d.paragraphs.size(); ++i) {
      int line = lines[i];
      const parley::Speaker* s = speaker_of(d, i);
      std::string got = s == nullptr ? "" : std::string(parley::to_string(s->role));
      std::string want = e.role.count(line) ? e.role[line] : "";
      bool ok = e.either.count(line) || got == want;
      right += ok;
      EXPECT_TRUE(ok) << "line " << line << ": want '" << want << "' got '" << got << "': " << text_of(d, i);
      if (ok && s != nullptr && e.name.count(line)) EXPECT_EQ(s->name, e.name[line]) << "line " << line;
      // The kind follows the role.
      if (s != nullptr)
        EXPECT_EQ(d.paragraphs[i].kind, s->role == Role::kInterviewer ? ParagraphKind::kQuestion : ParagraphKind::kAnswer);
    }
    std::cout << "[turns accuracy] " << file << ": " << right << "/" << d.paragraphs.size() << " paragraphs ("
              << (d.paragraphs.empty() ? 100.0 : 100.0 * right / d.paragraphs.size()) << "%)\n";
  }
}

TEST(TurnsCorpus, SpeakersLabelsAndDescriptions) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  json gold = golden();
  for (const auto& [file, g] : gold.items()) {
    if (file.starts_with("_")) continue;
    SCOPED_TRACE(file);
    Document d = run(read_file(std::string(PARLEY_CORPUS) + "/" + file));
    EXPECT_EQ(d.speakers.size(), g.at("speakers").size());
    for (const auto& [name, s] : g.at("speakers").items()) {
      const parley::Speaker* sp = speaker_named(d, name);
      ASSERT_NE(sp, nullptr) << name;
      EXPECT_EQ(std::string(parley::to_string(sp->role)), s.at("role").get<std::string>());
      if (s.contains("labels")) {
        std::vector<std::string> want = s.at("labels").get<std::vector<std::string>>();
        EXPECT_EQ(sp->labels, want) << name;
      }
      if (s.contains("description")) EXPECT_EQ(sp->description, s.at("description").get<std::string>());
    }
    if (g.contains("meta_guests")) {
      ASSERT_EQ(d.meta.guests.size(), g.at("meta_guests").size());
      for (std::size_t k = 0; k < d.meta.guests.size(); ++k) {
        EXPECT_EQ(d.meta.guests[k].name, g.at("meta_guests")[k].at("name").get<std::string>());
        EXPECT_EQ(d.meta.guests[k].description, g.at("meta_guests")[k].at("description").get<std::string>());
      }
    }
  }
}

TEST(TurnsCorpus, AnswersReplyToTheirQuestion) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  json gold = golden();
  for (const auto& [file, g] : gold.items()) {
    if (file.starts_with("_")) continue;
    SCOPED_TRACE(file);
    Document d = run(read_file(std::string(PARLEY_CORPUS) + "/" + file));
    std::vector<int> lines = lines_of(d);
    std::map<int, int> turn_of_line;
    for (std::size_t t = 0; t < d.turns.size(); ++t)
      for (auto p : d.turns[t].paragraphs) turn_of_line[lines[p]] = static_cast<int>(t);
    for (const auto& pair : g.at("replies")) {
      int answer = pair[0].get<int>(), question = pair[1].get<int>();
      ASSERT_TRUE(turn_of_line.count(answer)) << answer;
      int want = question < 0 ? -1 : turn_of_line.at(question);
      EXPECT_EQ(d.turns[turn_of_line[answer]].reply_to, want) << "answer line " << answer;
    }
    // Turns are maximal runs: two neighbouring turns never have the same speaker unless narration splits them.
    for (const auto& t : d.turns) {
      EXPECT_FALSE(t.paragraphs.empty());
      EXPECT_EQ(t.start, d.paragraphs[t.paragraphs.front()].start);
      EXPECT_EQ(t.end, d.paragraphs[t.paragraphs.back()].end);
      for (auto p : t.paragraphs) EXPECT_EQ(d.paragraphs[p].speaker, t.speaker);
    }
  }
}

TEST(TurnsCorpus, MarkersAndCaptions) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  json gold = golden();
  for (const auto& [file, g] : gold.items()) {
    if (file.starts_with("_")) continue;
    SCOPED_TRACE(file);
    std::string text = read_file(std::string(PARLEY_CORPUS) + "/" + file);
    std::vector<std::string> m = markers(text);
    Document d = run(text);
    std::vector<int> lines = lines_of(d);
    std::map<int, std::size_t> para_of_line;
    for (std::size_t i = 0; i < lines.size(); ++i) para_of_line[lines[i]] = i;
    for (const auto& [line, want] : g.at("markers").items())
      EXPECT_EQ(m.at(para_of_line.at(std::stoi(line))), want.get<std::string>()) << "line " << line;
    std::set<int> captions;
    for (int c : g.at("captions").get<std::vector<int>>()) captions.insert(c);
    for (std::size_t i = 0; i < d.paragraphs.size(); ++i)
      EXPECT_EQ(d.paragraphs[i].kind == ParagraphKind::kCaption, captions.count(lines[i]) == 1) << "line " << lines[i];
  }
}

TEST(TurnsCorpus, ExamplesCopyOfTheReferenceArticleAgrees) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  std::string copy = read_file(std::string(PARLEY_EXAMPLES) + "/000_c1ada2601b12286d.txt");
  if (copy.empty()) GTEST_SKIP() << "no examples copy";
  EXPECT_EQ(roles(run(copy)), roles(run(read_file(std::string(PARLEY_CORPUS) + "/000_c1ada2601b12286d.txt"))));
}

}  // namespace

namespace {

// Variations of the corpus files: the same interviews in other marker styles keep every role.
std::string vary_lines(const std::string& text, const std::function<std::string(const std::string&)>& f) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string::npos) nl = text.size();
    out += f(text.substr(i, nl - i));
    if (nl < text.size()) out += '\n';
    i = nl + 1;
  }
  return out;
}

std::string replace_prefix(const std::string& line, const std::string& from, const std::string& to) {
  return line.rfind(from, 0) == 0 ? to + line.substr(from.size()) : line;
}

void expect_golden_roles(const std::string& file, const std::string& text) {
  json g = golden().at(file);
  Expected e = expected_for(g);
  Document d = run(text);
  std::vector<int> lines = lines_of(d);
  for (std::size_t i = 0; i < d.paragraphs.size(); ++i) {
    const parley::Speaker* s = speaker_of(d, i);
    std::string got = s == nullptr ? "" : std::string(parley::to_string(s->role));
    std::string want = e.role.count(lines[i]) ? e.role[lines[i]] : "";
    if (!e.either.count(lines[i])) EXPECT_EQ(got, want) << "line " << lines[i] << ": " << text_of(d, i);
  }
}

const std::string kReference = "000_c1ada2601b12286d.txt";

TEST(TurnsCorpusVariants, ReferenceWithoutDashes) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  std::string text = read_file(std::string(PARLEY_CORPUS) + "/" + kReference);
  expect_golden_roles(kReference, vary_lines(text, [](const std::string& l) { return replace_prefix(l, "— ", ""); }));
}

TEST(TurnsCorpusVariants, ReferenceWithShortLabelAndNoDeclaration) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  std::string text = read_file(std::string(PARLEY_CORPUS) + "/" + kReference);
  expect_golden_roles(kReference, vary_lines(text, [](const std::string& l) {
                        std::string s = replace_prefix(l, "Special Military Operation: ", "SP: ");
                        return replace_prefix(s, "Special Military Operation (SP) asked", "We asked");
                      }));
}

TEST(TurnsCorpusVariants, ReferenceWithHyphenDashes) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  std::string text = read_file(std::string(PARLEY_CORPUS) + "/" + kReference);
  expect_golden_roles(kReference, vary_lines(text, [](const std::string& l) { return replace_prefix(l, "— ", "- "); }));
}

TEST(TurnsCorpusVariants, NprWithoutTheHostSuffix) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  const std::string file = "npr-planet-money-slot-flaw-transcript.txt";
  std::string text = read_file(std::string(PARLEY_CORPUS) + "/" + file);
  expect_golden_roles(file, vary_lines(text, [](const std::string& l) {
                        return replace_prefix(l, "NICK FOUNTAIN, HOST:", "NICK FOUNTAIN:");
                      }));
}

TEST(TurnsCorpusVariants, KremlinInQAStyle) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  const std::string file = "kremlin-vologda-journalists-questions.txt";
  std::string text = read_file(std::string(PARLEY_CORPUS) + "/" + file);
  expect_golden_roles(file, vary_lines(text, [](const std::string& l) {
                        std::string s = replace_prefix(l, "Question: ", "Q: ");
                        s = replace_prefix(s, "President of Russia Vladimir Putin: ", "A: ");
                        return replace_prefix(s, "Vladimir Putin: ", "A: ");
                      }));
}

TEST(TurnsCorpusVariants, KremlinWithCapsLabelsAndNoSpaceAfterColon) {
  PARLEY_SKIP_WITHOUT_CORPUS();
  const std::string file = "kremlin-itar-tass-interview-brics.txt";
  std::string text = read_file(std::string(PARLEY_CORPUS) + "/" + file);
  expect_golden_roles(file, vary_lines(text, [](const std::string& l) {
                        std::string s = replace_prefix(l, "Question: ", "QUESTION:");
                        s = replace_prefix(s, "President of Russia Vladimir Putin: ", "PRESIDENT PUTIN:");
                        return replace_prefix(s, "Vladimir Putin: ", "PUTIN:");
                      }));
}

}  // namespace

namespace {

// The synthetic style cases shared with pytest (tests/data/golden/turns/styles.json).
TEST(TurnsGoldenStyles, RolesAndSpeakers) {
  json cases = json::parse(read_file(std::string(PARLEY_TEST_DATA) + "/golden/turns/styles.json"));
  int n = 0;
  for (const auto& [name, c] : cases.items()) {
    if (name.starts_with("_")) continue;
    SCOPED_TRACE(name);
    ++n;
    Document d = run(c.at("text").get<std::string>());
    std::string got;
    for (std::size_t i = 0; i < d.paragraphs.size(); ++i) {
      const parley::Speaker* s = speaker_of(d, i);
      got += s == nullptr ? '.' : s->role == Role::kInterviewer ? 'I' : 'G';
    }
    EXPECT_EQ(got, c.at("roles").get<std::string>());
    if (c.contains("speakers")) {
      EXPECT_EQ(d.speakers.size(), c.at("speakers").size());
      for (const auto& [sname, role] : c.at("speakers").items()) {
        const parley::Speaker* s = speaker_named(d, sname);
        ASSERT_NE(s, nullptr) << sname;
        EXPECT_EQ(std::string(parley::to_string(s->role)), role.get<std::string>()) << sname;
      }
    }
  }
  EXPECT_GE(n, 10);
}

}  // namespace
