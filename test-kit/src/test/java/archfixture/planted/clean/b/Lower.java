package archfixture.planted.clean.b;

/** Depends on nothing (ArchitectureRulesTest). */
public class Lower {
}
