package oxbench.stories.boundary;

import oxbench.story.CodeKind;
import oxbench.story.MeasurementNeeds;

/** A bridge whose caller is guest code: the chain of calls is a loop in Python or JavaScript. */
abstract class FromGuest extends Bridge {
    final Guest guest;

    /**
     * @param suffix what follows the guest in the bridge's id, e.g. {@code host-ffm}
     * @param to     what the guest calls, in the report's words, e.g. {@code host -> native}
     */
    FromGuest(BoundaryFunction function, Guest guest, String suffix, String to) {
        super(function, guest.language + "-" + suffix, guest.name + " -> " + to, guest.language + "+rust");
        this.guest = guest;
    }

    /** Guest code, warmed up until its series is steady. */
    @Override
    public MeasurementNeeds measurement() {
        return MeasurementNeeds.of(CodeKind.GUEST);
    }
}
