// The quotes stage (internal). See pipeline.h for how stages fit together.
//
// Fills doc.quotes (byte offsets until finalize) with every direct quotation:
// the marks are paired first (quotes/marks.h), then each quote is attributed
// from the words around it: `Speaker cue: "..."`, `"...," Speaker cue`,
// `"..." cue Speaker`, `Speaker cue that "..."`, partial quotes inside the
// cue's clause, `according to X`, pronouns resolved to the last person spoken
// of as a subject, and, inside interview turns, the turn's speaker. Quotes
// with no attribution are scare quotes when short, titled or "so-called".
// Speech set off by dashes without marks ("— ..., — noted X.") is a quote too,
// in paragraphs that open with a dash and are no interview turn.
#ifndef PARLEY_SRC_QUOTES_QUOTES_H_
#define PARLEY_SRC_QUOTES_QUOTES_H_

#include <memory>

#include "parley/analyzer.h"
#include "pipeline.h"

namespace parley::detail {

namespace quotes {
class Lexicon;
}

class QuoteStage {
 public:
  explicit QuoteStage(const Options& options);
  ~QuoteStage();
  QuoteStage(QuoteStage&&) noexcept;
  void run(Context& ctx) const;

 private:
  const Options* options_;
  std::unique_ptr<const quotes::Lexicon> lexicon_;
};

}  // namespace parley::detail

#endif  // PARLEY_SRC_QUOTES_QUOTES_H_
