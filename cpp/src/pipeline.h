// The state the stages share while one Document is built (internal).
//
// Data flows one way: structure -> turns -> entities -> quotes -> finalize.
// Each stage lives in its own folder, is built once per Analyzer from the
// Options, and its const run() adds to the Context's Document. Until
// finalize() every span in the Document is in BYTE offsets into `text`;
// finalize() converts them all to code points in one pass.
#ifndef PARLEY_SRC_PIPELINE_H_
#define PARLEY_SRC_PIPELINE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "parley/analyzer.h"
#include "parley/document.h"
#include "text/tokenizer.h"

namespace parley::detail {

// A person's gender as the entities stage reads it from the text ("Ms.", "spokeswoman", a given name).
enum class Gender : std::uint8_t { kUnknown, kMale, kFemale };

class Context {
 public:
  Context(std::string_view text, const Options& options, Document& doc) : text(text), options(options), doc(doc) {}

  std::string_view text;
  const Options& options;
  Document& doc;  // spans in byte offsets until finalize()

  // Per paragraph (parallel to doc.paragraphs): the byte range of the speaker
  // marker that opens it ("Vladimir Putin:", "— ", "Q:"), empty when none.
  // Filled by the turns stage; later stages skip markers when they read text.
  std::vector<ByteRange> markers;

  // Per entity (parallel to doc.entities): the gender evidence of a person, filled by the entities
  // stage and read by the quotes stage for "he" / "she". Also written as the "gender" attribute.
  std::vector<Gender> entity_genders;
  Gender entity_gender(std::size_t entity) const {
    return entity < entity_genders.size() ? entity_genders[entity] : Gender::kUnknown;
  }

  // The tokens of every paragraph, made on first use and shared by the stages.
  const std::vector<Token>& tokens();

 private:
  std::vector<Token> tokens_;
  bool tokenized_ = false;
};

// Converts every span of ctx.doc from byte offsets to code-point offsets.
void finalize(Context& ctx);

}  // namespace parley::detail

#endif  // PARLEY_SRC_PIPELINE_H_
