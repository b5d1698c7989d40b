package gridloop.intake.appeal;

import java.util.UUID;

/**
 * The answer to a "me too": how many residents support the appeal and whether the caller is one of them. Nothing
 * else of the appeal: a supporter may not read a stranger's appeal, so its answer tells no more than the
 * {@code possibleDuplicates} that led them there.
 */
public record SupportView(UUID appealId, long supporters, boolean counted) {
}
