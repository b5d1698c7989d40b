package archfixture.planted.a;

import archfixture.planted.b.Second;

/** Half of a planted package cycle (ArchitectureRulesTest). */
public class First {
    public Second next;
}
