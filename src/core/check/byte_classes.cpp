// Byte classes of the last, partial block of a text.
#include "core/check/byte_classes.h"

#include <cstring>

namespace prepkit {

ByteClasses classify_tail(const unsigned char* bytes, size_t n) {
  unsigned char block[kBlockBytes] = {};
  std::memcpy(block, bytes, n);
  return classify_block(block);
}

}  // namespace prepkit
