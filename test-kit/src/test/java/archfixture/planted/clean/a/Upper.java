package archfixture.planted.clean.a;

import archfixture.planted.clean.b.Lower;

/** Depends one way only (ArchitectureRulesTest). */
public class Upper {
    public Lower lower;
}
