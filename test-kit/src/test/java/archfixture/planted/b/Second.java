package archfixture.planted.b;

import archfixture.planted.a.First;

/** The other half of the planted package cycle (ArchitectureRulesTest). */
public class Second {
    public First back;
}
