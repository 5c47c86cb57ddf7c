// The entities stage (internal). See pipeline.h for how stages fit together.
//
// One left-to-right pass over ctx.tokens() finds candidate spans (gazetteer
// phrases from a token trie, capitalised runs read with titles, organisation
// head-words and speech verbs, dates, times and figures); a second pass over the
// candidates resolves unknown runs with document-level evidence (names seen with
// a title, surnames, the same surface labelled elsewhere) and groups mentions
// into entities. Both passes are linear in the number of tokens. The passes are
// named steps over one candidate state (entities/candidates.h), one file each.
#ifndef PARLEY_SRC_ENTITIES_ENTITIES_H_
#define PARLEY_SRC_ENTITIES_ENTITIES_H_

#include <memory>

#include "entities/matcher.h"
#include "parley/analyzer.h"
#include "pipeline.h"

namespace parley::detail {

class EntityStage {
 public:
  explicit EntityStage(const Options& options);
  ~EntityStage();
  EntityStage(EntityStage&&) noexcept;
  void run(Context& ctx) const;

 private:
  const Options* options_;
  std::unique_ptr<Matcher> matcher_;
};

}  // namespace parley::detail

#endif  // PARLEY_SRC_ENTITIES_ENTITIES_H_
