// Credits inside a wire story's lead paragraph (internal): who reported it and which agency sent it.
//
//   "Harbin Daily, Harbin, March 3 (Reporters Lin Qiaoyu and Fen Dawei) The city ..."
//   "Report from Coastal Daily on May 2 (all-media journalists: A and B, correspondent: C,
//    photographer: D) The ..."          -> reporters A, B, C (a photographer took the pictures)
//   "MOSCOW, January 21. /TASS/. The Kremlin ..."   -> agency TASS
//   "(Reuters) — The New York State ..." / "(CNN) -- ..."   -> agency Reuters / CNN
// Each reads a bounded prefix of the paragraph, so it is O(1) per paragraph.
#ifndef PARLEY_SRC_STRUCTURE_CREDITS_H_
#define PARLEY_SRC_STRUCTURE_CREDITS_H_

#include <string>
#include <string_view>
#include <vector>

namespace parley::detail {

// The reporters a parenthesised credit near the start of the paragraph names, in order; empty when
// it has none.
std::vector<std::string> credited_reporters(std::string_view paragraph);

// The agency of a wire credit that opens the paragraph ("(Reuters) —", "(CNN) --") or follows its
// dateline ("MOSCOW, January 21. /TASS/."), or empty.
std::string_view wire_credit(std::string_view paragraph);

// True when the paragraph opens the way a wire lead does: with a wire credit, a parenthesised source
// ("(Coastal Herald on the 4th) According to ..."), or a place in capitals and a colon or dash
// ("TROMSO: The county ...").
bool opens_like_wire_lead(std::string_view paragraph);

// "Ambassador Lin Weiguo" over "(The Harbour Review)": a name alone on a header line, a title
// before it allowed, credited to an outlet on the next line is the article's author. The name
// without its title ("Lin Weiguo"), or empty.
std::string outlet_credited_author(std::string_view name_line, std::string_view next_line);

// "Office of the Spokesperson", "Office of the Harbour Commissioner": the office that issues a government
// release, credited on a header line of its own (its author).
bool issuing_office(std::string_view line);

}  // namespace parley::detail

#endif  // PARLEY_SRC_STRUCTURE_CREDITS_H_
