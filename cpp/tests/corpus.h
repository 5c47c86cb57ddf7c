// corpus.h - the development articles for the corpus tests.
//
// The corpus lives beside the checkout (../shared/corpus). A clone on its own
// has only the articles the package bundles (python/parley/examples: the
// reference article and the two Kremlin transcripts); a test whose article is
// in neither place is skipped with a message saying so, never passed silently.
#ifndef PARLEY_TESTS_CORPUS_H_
#define PARLEY_TESTS_CORPUS_H_

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace parley::testing {

// The text of corpus file `name`, or "" when it is in neither place.
inline std::string corpus_text(const std::string& name) {
  for (const char* dir : {PARLEY_CORPUS, PARLEY_EXAMPLES}) {
    std::ifstream in(std::string(dir) + "/" + name, std::ios::binary);
    if (!in) continue;
    std::stringstream buf;
    buf << in.rdbuf();
    return buf.str();
  }
  return {};
}

}  // namespace parley::testing

// Declares `std::string var` with the text of corpus file `name`, or skips the test.
#define PARLEY_CORPUS_TEXT_OR_SKIP(var, name)                                                   \
  const std::string var = ::parley::testing::corpus_text(name);                                 \
  if (var.empty()) GTEST_SKIP() << (name) << " is neither in ../shared/corpus nor bundled"

// Skips a test that reads the whole development corpus when ../shared/corpus is not beside the checkout.
#define PARLEY_SKIP_WITHOUT_CORPUS()                                                            \
  if (!std::filesystem::is_directory(PARLEY_CORPUS))                                            \
  GTEST_SKIP() << PARLEY_CORPUS << " is not beside the checkout (a clone on its own)"

#endif  // PARLEY_TESTS_CORPUS_H_
