/**
 * The order in which `count` variants take their turns in round `round`: rotated by the
 * round and run backwards in odd rounds, so that no variant always follows the same one
 * (and pays for the garbage or the busy spell it leaves).
 */
export function roundOrder(count, round) {
  const order = Array.from({ length: count }, (_, offset) => (round + offset) % count);
  return round % 2 ? order.reverse() : order;
}
