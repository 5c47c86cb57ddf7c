// The structure stage (internal). See pipeline.h for how stages fit together.
#ifndef PARLEY_SRC_STRUCTURE_STRUCTURE_H_
#define PARLEY_SRC_STRUCTURE_STRUCTURE_H_

#include "parley/analyzer.h"
#include "pipeline.h"

namespace parley::detail {

class StructureStage {
 public:
  explicit StructureStage(const Options& options);
  void run(Context& ctx) const;

 private:
  const Options* options_;
};

}  // namespace parley::detail

#endif  // PARLEY_SRC_STRUCTURE_STRUCTURE_H_
