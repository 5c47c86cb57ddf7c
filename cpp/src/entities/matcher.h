// A token trie over case-folded token hashes: gazetteer phrases and word classes
// matched in one left-to-right walk (internal).
#ifndef PARLEY_SRC_ENTITIES_MATCHER_H_
#define PARLEY_SRC_ENTITIES_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/document.h"
#include "text/tokenizer.h"

namespace parley::detail {

// Case-folded hash of one token's text (ASCII, Latin-1, Greek, Cyrillic folded; ’ as ').
std::uint64_t fold_hash(std::string_view token);

struct GazEntry {
  Label label = Label::kOrg;
  std::string canonical;     // "" = the surface itself
  std::uint32_t ntok = 0;
  std::uint64_t upper = 0;   // bit k: token k starts uppercase
  std::uint64_t caps = 0;    // bit k: token k is all caps (acronyms must match as acronyms)
  bool case_sensitive = true;
  bool demonym = false;      // NORP adjective; canonical is its country
  std::int32_t next = -1;    // next entry ending at the same node
};

class Matcher {
 public:
  // Adds a phrase; the text is tokenized like article text.
  void add_entry(std::string_view text, GazEntry e);
  // Adds word classes to the node a phrase ends at.
  void add_classes(std::string_view text, std::uint32_t classes, std::uint32_t value);

  static constexpr std::uint32_t kRoot = 0;
  // Child of `node` by the folded token hash, or UINT32_MAX.
  std::uint32_t child(std::uint32_t node, std::uint64_t h) const {
    auto it = edges_.find(node * 0x9E3779B97F4A7C15ull ^ h);
    return it == edges_.end() ? UINT32_MAX : it->second;
  }
  std::uint32_t classes(std::uint32_t node) const { return nodes_[node].classes; }
  std::uint32_t value(std::uint32_t node) const { return nodes_[node].value; }
  std::int32_t entries(std::uint32_t node) const { return nodes_[node].first; }
  const GazEntry& entry(std::int32_t i) const { return entries_[static_cast<std::size_t>(i)]; }

 private:
  struct Node {
    std::uint32_t classes = 0;
    std::uint32_t value = 0;
    std::int32_t first = -1;
  };
  std::uint32_t insert(std::string_view text, std::vector<Token>* toks);
  std::vector<Node> nodes_{Node{}};
  std::vector<GazEntry> entries_;
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
};

}  // namespace parley::detail

#endif  // PARLEY_SRC_ENTITIES_MATCHER_H_
