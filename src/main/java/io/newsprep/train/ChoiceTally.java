package io.newsprep.train;

/** Right, wrong and no picks over pages whose dump shows the gold value; wrong picks over pages where it does not. */
record ChoiceTally(int right, int wrong, int none, int wrongNotShown) {

    static final ChoiceTally EMPTY = new ChoiceTally(0, 0, 0, 0);

    int shown() {
        return right + wrong + none;
    }

    /** Right picks over the pages that show the gold value; 0 when none does. */
    double rightShare() {
        return shown() == 0 ? 0.0 : (double) right / shown();
    }

    /** Right picks over all picks where the gold value is shown; 1 when there are none. */
    double precision() {
        return right + wrong == 0 ? 1.0 : (double) right / (right + wrong);
    }

    ChoiceTally plus(ChoiceTally o) {
        return new ChoiceTally(right + o.right, wrong + o.wrong, none + o.none, wrongNotShown + o.wrongNotShown);
    }

    /** This tally with one more page: whether its dump shows the gold value, the chooser picked and the pick is right. */
    ChoiceTally plus(boolean shown, boolean picked, boolean right) {
        if (!shown) {
            return picked && !right ? new ChoiceTally(this.right, wrong, none, wrongNotShown + 1) : this;
        }
        if (!picked) {
            return new ChoiceTally(this.right, wrong, none + 1, wrongNotShown);
        }
        return right ? new ChoiceTally(this.right + 1, wrong, none, wrongNotShown)
                : new ChoiceTally(this.right, wrong + 1, none, wrongNotShown);
    }
}
