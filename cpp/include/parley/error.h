// parley/error.h - the one exception hierarchy of the library.
//
// Every error parley raises derives from parley::Error, which carries a code and,
// where it applies, the byte offset in the input at which the problem was found
// (the pattern of nlohmann::json's parse_error). The Python binding translates
// ParseError to parley.ParseError (a ValueError) and the rest to parley.Error.
#ifndef PARLEY_ERROR_H_
#define PARLEY_ERROR_H_

#include <cstdint>
#include <stdexcept>
#include <string>

namespace parley {

enum class ErrorCode {
  kInvalidUtf8 = 1,    // the input is not well-formed UTF-8
  kInvalidJson = 2,    // Document::from_json was given malformed or non-schema JSON
  kInvalidOption = 3,  // an Analyzer option is out of range or malformed
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& what, std::int64_t position = -1)
      : std::runtime_error(what), code_(code), position_(position) {}
  ErrorCode code() const noexcept { return code_; }
  // Byte offset in the input where the problem lies, or -1 when none applies.
  std::int64_t position() const noexcept { return position_; }

 private:
  ErrorCode code_;
  std::int64_t position_;
};

// Malformed input text or JSON.
class ParseError : public Error {
 public:
  using Error::Error;
};

}  // namespace parley

#endif  // PARLEY_ERROR_H_
