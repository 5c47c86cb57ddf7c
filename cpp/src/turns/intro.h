// The sentence that introduces an interview (internal):
//   "Special Military Operation (SP) asked Vladimir Shapovalov, associate professor ...:"
//   "SP talked to political scientist Vladimir Shapovalov:"
//   "Vladimir Shapovalov, a political scientist, told SP:"
// It names the interviewer (with a declared abbreviation in parentheses), the
// guest and the guest's description.
#ifndef PARLEY_SRC_TURNS_INTRO_H_
#define PARLEY_SRC_TURNS_INTRO_H_

#include <string>
#include <string_view>
#include <vector>

namespace parley::detail::turns {

struct Intro {
  std::string interviewer;       // "Special Military Operation", or empty ("We asked ...")
  std::string interviewer_abbr;  // "SP" when declared in parentheses, or empty
  std::string guest;             // "Vladimir Shapovalov"
  std::string description;       // "associate professor of comparative politics at ..."
  // Further guests the same sentence introduces: "SP asked A, professor at X, and B, director of Y:".
  struct Other {
    std::string name, description;
  };
  std::vector<Other> others;
};

// Parses a paragraph that ends with a colon. Linear in the paragraph; returns
// false when it is not an introduction of a named guest.
bool parse_intro(std::string_view paragraph, Intro* out);
// The same for a sentence that ends with a point and is followed by the first question:
// "We spoke with Andrei Morozov, a researcher at the Zoological Museum."
bool parse_intro_sentence(std::string_view sentence, Intro* out);

}  // namespace parley::detail::turns

#endif  // PARLEY_SRC_TURNS_INTRO_H_
