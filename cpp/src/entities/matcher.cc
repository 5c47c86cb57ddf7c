#include "entities/matcher.h"

#include "text/utf8.h"

namespace parley::detail {

std::uint64_t fold_hash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&](char32_t c) {
    h ^= static_cast<std::uint64_t>(c);
    h *= 1099511628211ull;
  };
  for (std::size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      mix(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    int len;
    char32_t c = decode(s, i, &len);
    if (c == 0x2019 || c == 0x2018) c = '\'';
    mix(to_lower(c));
    i += static_cast<std::size_t>(len);
  }
  return h;
}

std::uint64_t name_key(std::string_view text) {
  auto toks = tokenize(text, {ByteRange{0, static_cast<std::uint32_t>(text.size())}});
  std::uint64_t x = kNameKeySeed;
  for (std::uint32_t k = 0; k < toks.size(); ++k)
    x = name_key_step(x, fold_hash(text.substr(toks[k].start, toks[k].end - toks[k].start)), k);
  return x;
}

std::uint32_t Matcher::insert(std::string_view text, std::vector<Token>* toks) {
  *toks = tokenize(text, {ByteRange{0, static_cast<std::uint32_t>(text.size())}});
  std::uint32_t node = kRoot;
  for (const Token& t : *toks) {
    std::uint64_t key = node * 0x9E3779B97F4A7C15ull ^ fold_hash(text.substr(t.start, t.end - t.start));
    auto [slot, inserted] = edges_.insert(key, static_cast<std::uint32_t>(nodes_.size()));
    if (inserted) {
      nodes_[node].has_children = true;
      nodes_.push_back(Node{});
    }
    node = *slot;
  }
  return node;
}

void Matcher::add_entry(std::string_view text, GazEntry e) {
  std::vector<Token> toks;
  std::uint32_t node = insert(text, &toks);
  if (toks.empty() || toks.size() > 60) return;
  e.ntok = static_cast<std::uint32_t>(toks.size());
  if (!e.canonical.empty()) e.canon_key = name_key(e.canonical);
  for (std::size_t k = 0; k < toks.size(); ++k) {
    if (toks[k].has(kUpperInitial)) e.upper |= 1ull << k;
    if (toks[k].has(kAllCaps)) e.caps |= 1ull << k;
  }
  e.next = nodes_[node].first;
  entries_.push_back(std::move(e));
  nodes_[node].first = static_cast<std::int32_t>(entries_.size() - 1);
}

void Matcher::add_classes(std::string_view text, std::uint32_t classes, std::uint32_t value) {
  std::vector<Token> toks;
  std::uint32_t node = insert(text, &toks);
  nodes_[node].classes |= classes;
  if (value) nodes_[node].value = value;
}

}  // namespace parley::detail
