package io.newsprep.cli;

public final class Newsprep {
    public static void main(String[] args) {
        System.out.println("newsprep");
    }
}
