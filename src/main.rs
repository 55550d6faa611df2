fn main() {
    println!("copydesk");
}
