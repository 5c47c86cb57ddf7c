// parley/analyzer.h - the pipeline: text in, Document out.
#ifndef PARLEY_ANALYZER_H_
#define PARLEY_ANALYZER_H_

#include <concepts>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/document.h"

namespace parley {

// A user gazetteer entry: every occurrence of `text` (matched on token
// boundaries, case-sensitive) is a mention of an entity labelled `label`,
// grouped under `name` when given.
struct GazetteerEntry {
  std::string text;
  Label label = Label::kOrg;
  std::string name;
};

struct Options {
  bool structure = true;  // header, footer and paragraph kinds
  bool turns = true;      // interview turns and speakers
  bool entities = true;   // named entities, dates and figures
  bool quotes = true;     // direct quotations and attribution
  std::vector<GazetteerEntry> gazetteer;
  // Spelling variants grouped as one entity: {variant, canonical}, e.g. {"Kiev", "Kyiv"}.
  std::vector<std::pair<std::string, std::string>> aliases;
  // Extra paragraph-prefix labels that mark the interviewer or a guest ("Correspondent").
  std::vector<std::string> interviewer_labels;
  std::vector<std::string> guest_labels;
  // Extra reporting verbs for quote attribution ("quipped").
  std::vector<std::string> cue_verbs;
};

class Analyzer {
 public:
  Analyzer();
  explicit Analyzer(Options options);  // throws Error(kInvalidOption)
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Analyses one article. Throws ParseError naming the byte offset when `utf8`
  // is not well-formed UTF-8. Thread-safe: one Analyzer may serve many threads.
  Document analyze(std::string_view utf8) const;
  // The same for a std::string handed over (an rvalue): the Document keeps its buffer instead of a copy,
  // one copy of the text less at the peak of a large document. A string_view, an lvalue or a literal
  // takes the overload above.
  template <typename S>
    requires std::same_as<S, std::string>
  Document analyze(S&& utf8) const {
    return analyze_owned(std::move(utf8));
  }

  const Options& options() const noexcept;

 private:
  Document analyze_owned(std::string utf8) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// analyze() with default options and a shared default Analyzer.
Document analyze(std::string_view utf8);

}  // namespace parley

#endif  // PARLEY_ANALYZER_H_
