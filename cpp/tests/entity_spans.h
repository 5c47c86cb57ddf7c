// Test helpers for the entity tests: is a span written so among the entities (with a label, or any),
// and the entity that holds it.
#ifndef PARLEY_TESTS_ENTITY_SPANS_H_
#define PARLEY_TESTS_ENTITY_SPANS_H_

#include <string>

#include "parley/document.h"

namespace parley::testing {

inline bool has_span(const Document& doc, const std::string& text, Label label) {
  for (const auto& e : doc.entities)
    if (e.label == label)
      for (const auto& m : e.mentions)
        if (doc.slice(m.start, m.end) == text) return true;
  return false;
}

inline bool any_span(const Document& doc, const std::string& text) {
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (doc.slice(m.start, m.end) == text) return true;
  return false;
}

// The entity that holds a mention written `text` (nullptr when none does).
inline const Entity* entity_of(const Document& doc, const std::string& text) {
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (doc.slice(m.start, m.end) == text) return &e;
  return nullptr;
}

}  // namespace parley::testing

#endif  // PARLEY_TESTS_ENTITY_SPANS_H_
