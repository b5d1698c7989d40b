package archfixture.planted.resource;

import jakarta.persistence.LockModeType;

/** Planted: a resource that reaches a database type itself. */
public class LeakyResource {

    public LockModeType lock() {
        return LockModeType.PESSIMISTIC_WRITE;
    }
}
