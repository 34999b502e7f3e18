package vn.ioc.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.ioc.privacy.PseudonymKeySource;
import vn.ioc.privacy.Pseudonymizer;

@Command(
        name = "pseudonym",
        header = "Print the pseudonym of identifiers, for lawful re-identification.",
        mixinStandardHelpOptions = true,
        description = {
            "Print the pseudonym of identifiers (citizen id, tax code, insurance code) under the configured key,",
            "so that an authorised officer can find one known person's rows (applicant_ref, subject_ref) when the law",
            "allows it. Pseudonyms cannot be turned back into identifiers; this goes only from a known identifier to",
            "its rows. Needs the key (IOC_PSEUDONYM_KEY or IOC_PSEUDONYM_KEY_FILE); see docs/privacy.md."
        })
public final class PseudonymCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", description = "Identifiers.")
    List<String> identifiers;

    @Override
    public Integer call() throws Exception {
        // the demo's own key when none is configured, so lookups work against the demo's data too
        Pseudonymizer p = new Pseudonymizer(
                PseudonymKeySource.configured(System.getenv(), IocHome.dir().resolve("pseudonym.key")).load());
        for (String id : identifiers) {
            System.out.println(id + "\t" + p.pseudonymize(id));
        }
        return 0;
    }
}
