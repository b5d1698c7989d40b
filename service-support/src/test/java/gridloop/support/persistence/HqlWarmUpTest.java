package gridloop.support.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.grammars.hql.HqlParser;
import org.hibernate.query.hql.internal.HqlParseTreeBuilder;
import org.junit.jupiter.api.Test;

class HqlWarmUpTest {

    @Test
    void everyShapeIsValidHqlSoTheWarmUpTakesTheRealPathThroughTheGrammar() {
        for (String hql : HqlWarmUp.shapes("Task", "id", "status")) {
            assertEquals(0, syntaxErrors(hql), hql);
        }
    }

    @Test
    void theCheckCanFail() {
        assertTrue(syntaxErrors("from where = order") > 0);
    }

    private static int syntaxErrors(String hql) {
        HqlParseTreeBuilder builder = HqlParseTreeBuilder.INSTANCE;
        HqlParser parser = builder.buildHqlParser(hql, builder.buildHqlLexer(hql));
        parser.removeErrorListeners();
        parser.statement();
        return parser.getNumberOfSyntaxErrors();
    }
}
