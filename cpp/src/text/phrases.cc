#include "text/phrases.h"

#include <cstring>

namespace parley::detail {

std::uint32_t PhraseSet::opening_hash(const char* p) {
  std::uint32_t w;
  std::memcpy(&w, p, 4);
  return (w * 0x9E3779B1u) >> 16;
}

PhraseSet::PhraseSet(std::initializer_list<std::string_view> phrases) {
  for (std::string_view p : phrases) {
    if (p.size() >= 4) {
      long_.push_back(p);
      opens_.set(opening_hash(p.data()));
    } else {
      short_.push_back(p);
    }
  }
}

bool PhraseSet::found_in(std::string_view text) const {
  for (std::string_view p : short_)
    if (text.find(p) != std::string_view::npos) return true;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (!opens_.test(opening_hash(text.data() + i))) continue;
    const std::string_view rest = text.substr(i);
    for (std::string_view p : long_)
      if (rest.starts_with(p)) return true;
  }
  return false;
}

}  // namespace parley::detail
