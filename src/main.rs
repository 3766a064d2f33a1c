fn main() {
    scorecard::start();
}
